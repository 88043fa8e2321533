package am.haven.match.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"19850304, 1985, 3, 4", "1985-03-04, 1985, 3, 4", "1985-03, 1985, 3, 0", "1985, 1985, 0, 0",
        "04.03.1985, 1985, 3, 4", "4/3/1985, 1985, 3, 4", "03.1985, 1985, 3, 0", "1985-03-04T10:00, 1985, 3, 4",
        "19851404, 1985, 14, 4"})
    void accepted_forms_parse_to_their_known_parts(String raw, int y, int m, int d) {
        assertThat(PartialDate.parse(raw)).isEqualTo(new PartialDate(y, m, d));
    }

    @Test
    void blank_and_unknown_markers_are_missing() {
        assertThat(PartialDate.parse(" ")).isNull();
        assertThat(PartialDate.parse("unknown")).isNull();
    }

    @Test
    void text_that_is_no_date_is_rejected_with_the_value() {
        assertThatThrownBy(() -> PartialDate.parse("spring 85")).hasMessageContaining("spring 85");
    }
}
