package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"091234567", "+374 91 234 567", "0037491234567", "374-91-23-45-67", "(091) 23-45-67"})
    void the_ways_clerks_write_an_armenian_mobile_all_give_one_e164_number(String raw) {
        assertThat(Phones.toE164(raw)).isEqualTo("+37491234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "abc", "092000000"})
    void numbers_that_cannot_be_dialled_are_refused(String raw) {
        assertThatThrownBy(() -> Phones.toE164(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+7 916 123-45-67", "+49 30 1234567"})
    void foreign_numbers_in_international_form_are_kept(String raw) {
        assertThat(Phones.toE164(raw)).startsWith("+").doesNotContain(" ");
    }
}
