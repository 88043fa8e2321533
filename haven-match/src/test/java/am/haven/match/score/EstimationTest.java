package am.haven.match.score;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EstimationTest {
    @Test
    void em_recovers_m_and_the_match_share_of_a_known_mixture() {
        // Two comparisons, two levels (agree, disagree). Matches agree with m = 0.9, non-matches with u = 0.1;
        // 20% of pairs match.
        double[] m = {0.9, 0.1}, u = {0.1, 0.9};
        Map<Estimation.Pattern, Long> patterns = new HashMap<>();
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                double share = 0.2 * m[a] * m[b] + 0.8 * u[a] * u[b];
                patterns.put(new Estimation.Pattern(new byte[]{(byte) a, (byte) b}), Math.round(share * 1_000_000));
            }
        }
        Estimation.EmResult r = Estimation.em(patterns, new double[][]{u, u}, new double[2][], 500);

        assertThat(r.lambda()).isCloseTo(0.2, within(0.01));
        assertThat(r.m()[0][0]).isCloseTo(0.9, within(0.01));
    }

    @Test
    void u_from_random_pairs_is_the_agreement_rate_among_strangers() {
        double[][] u = Estimation.estimateU(100, new int[]{2}, 10_000, 1,
                (i, j) -> new byte[]{(byte) (i % 10 == j % 10 ? 0 : 1)});
        assertThat(u[0][0]).isCloseTo(0.09, within(0.02));
    }
}
