package am.haven.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstrainedClustersTest {

    static ConstrainedClusters.Edge link(int a, int b, double p) {
        return new ConstrainedClusters.Edge(a, b, p);
    }

    @Test
    void links_above_the_threshold_join_records() {
        int[] g = ConstrainedClusters.cluster(3, List.of(link(0, 1, 0.99)), List.of(), List.of(), 0.4, 0.9);
        assertThat(g[0]).isEqualTo(g[1]).isNotEqualTo(g[2]);
    }

    @Test
    void a_human_different_splits_a_machine_cluster_keeping_the_stronger_links() {
        // 0-1-2 chained by strong links; a person said 0 and 2 differ: the weaker link (1-2) gives way.
        int[] g = ConstrainedClusters.cluster(3, List.of(link(0, 1, 0.99), link(1, 2, 0.95), link(0, 2, 0.93)),
                List.of(), List.of(new int[] {0, 2}), 0.4, 0.9);
        assertThat(g[0]).isEqualTo(g[1]).isNotEqualTo(g[2]);
    }

    @Test
    void a_human_same_joins_records_the_machine_left_apart() {
        int[] g = ConstrainedClusters.cluster(3, List.of(), List.of(new int[] {0, 2}), List.of(), 0.4, 0.9);
        assertThat(g[0]).isEqualTo(g[2]).isNotEqualTo(g[1]);
    }

    @Test
    void a_human_same_never_joins_a_pair_a_person_called_different() {
        int[] g = ConstrainedClusters.cluster(3, List.of(link(0, 1, 0.99)), List.of(new int[] {1, 2}),
                List.of(new int[] {0, 2}), 0.4, 0.9);
        assertThat(g[0]).isEqualTo(g[1]);
        assertThat(g[2]).isNotEqualTo(g[0]);
    }
}
