package am.haven.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BlockingQualityTest {

    @Test
    void counts_true_pairs_among_the_candidates_and_the_share_of_pairs_spared() {
        String[] ids = {"a1", "a2", "b1", "b2", "c"};
        Map<String, String> truth = Map.of("a1", "A", "a2", "A", "b1", "B", "b2", "B", "c", "C");
        int[] left = {0, 0, 2};
        int[] right = {1, 4, 4};

        BlockingQuality q = BlockingQuality.measure(ids, truth, left, right, 3);

        assertThat(q.truePairs()).isEqualTo(2);
        assertThat(q.truePairsProposed()).isEqualTo(1);
        assertThat(q.allPairs()).isEqualTo(10);
        assertThat(q.pairCompleteness()).isEqualTo(0.5);
        assertThat(q.reductionRatio()).isCloseTo(0.7, within(1e-12));
        assertThat(q.pairsQuality()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void records_missing_from_the_truth_make_no_true_pairs() {
        String[] ids = {"a1", "a2", "x", "y"};
        Map<String, String> truth = Map.of("a1", "A", "a2", "A");

        BlockingQuality q = BlockingQuality.measure(ids, truth, new int[] {2, 0}, new int[] {3, 1}, 2);

        assertThat(q.truePairs()).isEqualTo(1);
        assertThat(q.truePairsProposed()).isEqualTo(1);
        assertThat(q.pairCompleteness()).isEqualTo(1.0);
    }

    @Test
    void a_duplicate_that_shares_no_blocking_key_lowers_pair_completeness() {
        List<Record> records = new ArrayList<>(LinkerTest.smallPopulation());
        Map<String, String> truth = new HashMap<>();
        records.forEach(r -> truth.put(r.id(), r.id()));
        // r0 again in Russian script: blocking brings it to r0.
        records.add(Record.of("r0-ru", "given", "Арам", "family", "Оганесян", "dob", "1950-01-10",
                "phone", "+37491001000"));
        truth.put("r0-ru", "r0");
        // r5 again with nothing in common with its first registration: no rule can propose the pair.
        records.add(Record.of("r5-lost", "given", "Zaven", "family", "Teroyan", "dob", "1999-12-31"));
        truth.put("r5-lost", "r5");

        LinkResult result = Linker.trainAndLink(LinkerTest.SCHEMA, records, TrainingOptions.defaults(),
                Progress.NONE, truth);

        BlockingQuality q = result.blocking();
        assertThat(q.truePairs()).isEqualTo(2);
        assertThat(q.truePairsProposed()).isEqualTo(1);
        assertThat(q.pairCompleteness()).isEqualTo(0.5);
        assertThat(q.candidatePairs()).isEqualTo(result.candidatePairs());
        long n = records.size();
        assertThat(q.reductionRatio()).isCloseTo(1 - (double) result.candidatePairs() / (n * (n - 1) / 2), within(1e-12));
        assertThat(q.reductionRatio()).isGreaterThan(0.5);
    }

    @Test
    void without_truth_no_blocking_quality_is_measured() {
        LinkResult result = Linker.trainAndLink(LinkerTest.SCHEMA, LinkerTest.smallPopulation(),
                TrainingOptions.defaults(), Progress.NONE);
        assertThat(result.blocking()).isNull();
    }
}
