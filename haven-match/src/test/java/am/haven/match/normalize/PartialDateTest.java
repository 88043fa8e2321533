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
        "19851404, 1985, 14, 4", "1630-08-01, 1630, 8, 1", "1630, 1630, 0, 0", "-0050, -50, 0, 0",
        "-0050-01-0, -50, 1, 0", "+1630-08-01, 1630, 8, 1", "0512-03-04, 512, 3, 4"})
    void accepted_forms_parse_to_their_known_parts(String raw, int y, int m, int d) {
        assertThat(PartialDate.parse(raw)).isEqualTo(new PartialDate(y, m, d));
    }

    @Test
    void blank_and_unknown_markers_are_missing() {
        assertThat(PartialDate.parse(" ")).isNull();
        assertThat(PartialDate.parse("unknown")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"00.00.0000", "0000-00-00", "0000"})
    void an_all_zero_date_is_a_placeholder_and_rejected_as_no_date(String raw) {
        assertThatThrownBy(() -> PartialDate.parse(raw)).hasMessageContaining(raw).hasMessageContaining("year 0");
    }

    @Test
    void a_historical_date_compares_with_its_year_only_form() {
        assertThat(PartialDate.parse("-0050-01-01").year()).isEqualTo(PartialDate.parse("-0050").year());
    }

    @Test
    void text_that_is_no_date_is_rejected_with_the_value() {
        assertThatThrownBy(() -> PartialDate.parse("spring 85")).hasMessageContaining("spring 85");
    }
}
