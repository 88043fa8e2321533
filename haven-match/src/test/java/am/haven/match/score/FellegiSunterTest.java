package am.haven.match.score;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FellegiSunterTest {
    final FellegiSunter fs = new FellegiSunter(new double[][]{{0.9, 0.1}}, new double[][]{{0.01, 0.99}},
            new boolean[][]{{true, false}}, 1.0);

    @Test
    void a_level_weighs_log2_of_m_over_u() {
        assertThat(fs.levelWeight(0, 0)).isCloseTo(Math.log(90) / Math.log(2), within(1e-9));
    }

    @Test
    void a_common_value_counts_for_less_than_a_rare_one() {
        double common = fs.tfAdjustment(0, 0, 0.05);
        double rare = fs.tfAdjustment(0, 0, 0.0001);
        assertThat(common).isNegative();
        assertThat(rare).isPositive();
    }

    @Test
    void probability_and_weight_are_inverse() {
        assertThat(FellegiSunter.probability(FellegiSunter.weightOf(0.9))).isCloseTo(0.9, within(1e-12));
        assertThat(FellegiSunter.probability(0)).isEqualTo(0.5);
    }

    @Test
    void the_prior_falls_as_the_population_grows() {
        assertThat(fs.priorWeight(1_000_000)).isLessThan(fs.priorWeight(1_000));
    }
}
