package am.haven.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.match.Candidate;
import am.haven.match.Contribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoLinkPolicyTest {

    static Candidate candidate(double p, String field, String level) {
        return new Candidate("x", p, 10, List.of(new Contribution("(prior)", "", -10),
                new Contribution(field, level, 5)));
    }

    @Test
    void a_confident_candidate_without_disagreement_may_join() {
        assertThat(AutoLinkPolicy.mayJoin(candidate(0.99, PersonRecords.BIRTH_DATE, "exact"), 0.9)).isTrue();
    }

    @Test
    void a_candidate_below_the_threshold_may_not_join() {
        assertThat(AutoLinkPolicy.mayJoin(candidate(0.8, PersonRecords.BIRTH_DATE, "exact"), 0.9)).isFalse();
    }

    @Test
    void a_birth_date_that_disagrees_outright_keeps_even_a_confident_pair_apart() {
        assertThat(AutoLinkPolicy.mayJoin(candidate(0.999, PersonRecords.BIRTH_DATE, "else"), 0.9)).isFalse();
    }

    @Test
    void a_given_name_that_disagrees_outright_keeps_twins_apart() {
        assertThat(AutoLinkPolicy.mayJoin(candidate(0.999, PersonRecords.GIVEN_NAME, "else"), 0.9)).isFalse();
    }

    @Test
    void a_disagreeing_phone_does_not_block_a_link() {
        assertThat(AutoLinkPolicy.mayJoin(candidate(0.99, PersonRecords.PHONE, "else"), 0.9)).isTrue();
    }
}
