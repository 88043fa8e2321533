package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyRangeTest {

    @Test
    void the_bound_of_a_prefix_is_its_last_letter_moved_one_on() {
        assertThat(KeyRange.upperBound("hovh")).isEqualTo("hovi");
    }

    @Test
    void a_trailing_z_is_carried_to_the_letter_before_it() {
        assertThat(KeyRange.upperBound("hovz")).isEqualTo("how");
        assertThat(KeyRange.upperBound("azz")).isEqualTo("b");
    }

    @Test
    void a_trailing_nine_moves_on_to_the_first_letter_not_to_punctuation() {
        assertThat(KeyRange.upperBound("a9")).isEqualTo("aa");
    }

    @Test
    void only_zs_have_no_bound() {
        assertThat(KeyRange.upperBound("zzz")).isNull();
    }

    @Test
    void every_key_starting_with_the_prefix_lies_below_the_bound_and_others_do_not() {
        String bound = KeyRange.upperBound("sarg");
        for (String key : new String[] {"sarg", "sargsyan", "sarg 9", "sargzzzz"}) assertThat(key.compareTo(bound)).as(key).isNegative();
        for (String key : new String[] {"sarh", "sargsyan".replace("sarg", "sarh"), "sb"}) assertThat(key.compareTo(bound)).as(key).isNotNegative();
    }
}
