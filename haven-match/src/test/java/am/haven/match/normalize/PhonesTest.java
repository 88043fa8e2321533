package am.haven.match.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhonesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"091234567", "+374 91 234 567", "00374 91234567", "0037491234567", "374-91-23-45-67",
        "(091) 23-45-67", "91234567"})
    void every_armenian_way_of_writing_a_mobile_gives_one_e164(String raw) {
        assertThat(Phones.e164(raw, "AM")).isEqualTo("+37491234567");
    }

    @Test
    void foreign_numbers_go_through_libphonenumber() {
        assertThat(Phones.e164("+7 (495) 123-45-67", "AM")).isEqualTo("+74951234567");
    }

    @Test
    void a_number_without_digits_is_missing() {
        assertThat(Phones.e164("n/a", "AM")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"091234567", "+374 91 234 567", "0037491234567", "374-91-23-45-67", "(091) 23-45-67"})
    void the_ways_clerks_write_an_armenian_mobile_are_all_valid_and_give_one_e164_number(String raw) {
        assertThat(Phones.validE164(raw, "AM")).isEqualTo("+37491234567");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12", "abc", "092000000"})
    void numbers_that_cannot_be_dialled_are_refused_naming_the_value(String raw) {
        assertThatThrownBy(() -> Phones.validE164(raw, "AM")).isInstanceOf(Phones.InvalidPhoneException.class)
                .hasMessageContaining(raw);
    }

    @Test
    void a_refusal_says_whether_the_text_is_no_number_or_no_valid_one() {
        assertThatThrownBy(() -> Phones.validE164("abc", "AM")).hasMessage("is not a phone number: 'abc'");
        assertThatThrownBy(() -> Phones.validE164("092000000", "AM"))
                .hasMessage("is not a valid phone number: '092000000'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+7 916 123-45-67", "+49 30 1234567"})
    void foreign_numbers_in_international_form_are_kept_valid(String raw) {
        assertThat(Phones.validE164(raw, "AM")).startsWith("+").doesNotContain(" ");
    }

    @Test
    void a_search_box_reads_short_or_invalid_numbers_as_no_phone() {
        assertThat(Phones.validE164OrNull("091 234", "AM")).isNull();
        assertThat(Phones.validE164OrNull("092000000", "AM")).isNull();
        assertThat(Phones.validE164OrNull(null, "AM")).isNull();
        assertThat(Phones.validE164OrNull("091234567", "AM")).isEqualTo("+37491234567");
    }
}
