package am.haven.match.normalize;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
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

    @Nested
    class The_stored_form {
        @Test
        void reads_year_only_year_month_and_full_dates() {
            assertThat(PartialDate.parseIso("1961").toString()).isEqualTo("1961");
            assertThat(PartialDate.parseIso("1961-03").month()).isEqualTo(3);
            assertThat(PartialDate.parseIso(" 1961-03-09 ").day()).isEqualTo(9);
        }

        @Test
        void refuses_impossible_dates_and_other_formats_with_the_reason() {
            assertThatThrownBy(() -> PartialDate.parseIso("1961-02-30")).hasMessageContaining("not a real date");
            assertThatThrownBy(() -> PartialDate.parseIso("1961-13")).hasMessageContaining("not a real date");
            assertThatThrownBy(() -> PartialDate.parseIso("1961-03-00")).hasMessageContaining("not a real date");
            assertThatThrownBy(() -> PartialDate.parseIso("09.03.1961"))
                    .hasMessage("must be YYYY, YYYY-MM or YYYY-MM-DD, not '09.03.1961'");
        }

        @Test
        void is_written_back_as_it_was_read() {
            for (String s : new String[] {"1961", "1961-03", "1961-03-09", "2004-02-29"}) {
                assertThat(PartialDate.parseIso(s).toString()).isEqualTo(s);
            }
            assertThat(PartialDate.parse("09.03.1961").toString()).isEqualTo("1961-03-09");
            assertThat(PartialDate.parse("-0050").toString()).isEqualTo("-0050");
        }

        @Test
        void a_year_only_date_is_in_the_future_only_when_the_whole_year_is() {
            LocalDate today = LocalDate.of(2023, 9, 27);
            assertThat(PartialDate.parseIso("2023").isAfter(today)).isFalse();
            assertThat(PartialDate.parseIso("2023-10").isAfter(today)).isTrue();
            assertThat(PartialDate.parseIso("2024").isAfter(today)).isTrue();
        }
    }

    @Nested
    class The_age_rule {
        @Test
        void counts_an_unknown_month_as_mid_year() {
            LocalDate on = LocalDate.of(2023, 9, 27);
            assertThat(PartialDate.parseIso("2005-10-01").ageOn(on)).isEqualTo(17);
            assertThat(PartialDate.parseIso("2005-09-01").ageOn(on)).isEqualTo(18);
            assertThat(PartialDate.parseIso("2005").ageOn(on)).isEqualTo(18);
        }

        @ParameterizedTest(name = "born {0}, on {1}: {2}")
        @CsvSource({
            "2000-05-10, 2023-05-10, 23", "2000-05-10, 2023-05-09, 22",
            "2004-02-29, 2023-02-28, 18", "2004-02-29, 2023-03-01, 19", "2004-02-29, 2024-02-29, 20",
            "2004-03-01, 2023-03-01, 19", "2004-12-31, 2023-12-31, 19",
            "2004, 2023-06-30, 18", "2004, 2023-07-01, 19", "2004, 2024-07-01, 20",
            "2004-08, 2023-08-14, 18", "2004-08, 2023-08-15, 19",
            "2023, 2023-03-01, 0", "2023-09, 2023-09-01, 0"})
        void counts_whole_years_by_month_and_day_never_below_zero(String born, String on, int age) {
            assertThat(PartialDate.parseIso(born).ageOn(LocalDate.parse(on))).isEqualTo(age);
        }

        @Test
        void of_a_stored_birth_date_is_empty_when_it_is_missing_or_not_in_the_stored_form() {
            LocalDate on = LocalDate.of(2023, 9, 27);
            assertThat(PartialDate.ageOn("1961-03-09", on)).isEqualTo(OptionalInt.of(62));
            assertThat(PartialDate.ageOn(null, on)).isEmpty();
            assertThat(PartialDate.ageOn(" ", on)).isEmpty();
            assertThat(PartialDate.ageOn("spring 85", on)).isEmpty();
            assertThat(PartialDate.ageOn("09.03.1961", on)).as("not the stored form").isEmpty();
            assertThat(PartialDate.ageOn("1961-02-30", on)).isEmpty();
        }
    }
}
