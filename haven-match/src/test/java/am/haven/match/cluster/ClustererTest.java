package am.haven.match.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClustererTest {
    final Clusterer clusterer = new Clusterer(0.4);

    @Test
    void a_weak_bridge_does_not_merge_two_dense_groups() {
        // 0-1-2 all linked, 3-4-5 all linked, one weaker link 2-3
        int[] l = {0, 0, 1, 3, 3, 4, 2};
        int[] r = {1, 2, 2, 4, 5, 5, 3};
        double[] p = {0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.95};

        int[] root = clusterer.cluster(6, l, r, p, 0.9);

        assertThat(root[0]).isEqualTo(root[1]).isEqualTo(root[2]);
        assertThat(root[3]).isEqualTo(root[4]).isEqualTo(root[5]);
        assertThat(root[2]).isNotEqualTo(root[3]);
    }

    @Test
    void a_single_record_linked_to_a_group_joins_it() {
        int[] l = {0, 0, 1, 3, 3};
        int[] r = {1, 2, 2, 0, 1};
        double[] p = {0.99, 0.99, 0.99, 0.95, 0.95};

        int[] root = clusterer.cluster(4, l, r, p, 0.9);

        assertThat(root).containsOnly(root[0]);
    }

    @Test
    void links_below_the_threshold_are_ignored() {
        int[] root = clusterer.cluster(2, new int[]{0}, new int[]{1}, new double[]{0.5}, 0.9);
        assertThat(root[0]).isNotEqualTo(root[1]);
    }
}
