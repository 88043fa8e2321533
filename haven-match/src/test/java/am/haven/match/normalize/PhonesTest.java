package am.haven.match.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhonesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"091234567", "+374 91 234 567", "00374 91234567", "374-91-23-45-67", "(091) 23-45-67",
        "91234567"})
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
}
