package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HouseholdNumbersTest {

    @Test
    void numbers_carry_a_check_digit_that_validates() {
        String n = HouseholdNumbers.format(1234);
        assertThat(n).matches("001234-\\d");
        assertThat(HouseholdNumbers.isValid(n)).isTrue();
    }

    @Test
    void one_mistyped_digit_or_two_swapped_digits_are_caught() {
        String n = HouseholdNumbers.format(4821);
        String mistyped = n.replace("4821", "4831");
        String swapped = n.replace("4821", "8421");
        assertThat(HouseholdNumbers.isValid(mistyped)).isFalse();
        assertThat(HouseholdNumbers.isValid(swapped)).isFalse();
    }
}
