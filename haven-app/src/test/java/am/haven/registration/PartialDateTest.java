package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void reads_year_only_year_month_and_full_dates() {
        assertThat(PartialDate.parse("1961").toString()).isEqualTo("1961");
        assertThat(PartialDate.parse("1961-03").month()).isEqualTo(3);
        assertThat(PartialDate.parse(" 1961-03-09 ").day()).isEqualTo(9);
    }

    @Test
    void refuses_impossible_dates_and_other_formats_with_the_reason() {
        assertThatThrownBy(() -> PartialDate.parse("1961-02-30")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> PartialDate.parse("1961-13")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> PartialDate.parse("09.03.1961")).hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void a_year_only_date_is_in_the_future_only_when_the_whole_year_is() {
        LocalDate today = LocalDate.of(2023, 9, 27);
        assertThat(PartialDate.parse("2023").isAfter(today)).isFalse();
        assertThat(PartialDate.parse("2023-10").isAfter(today)).isTrue();
        assertThat(PartialDate.parse("2024").isAfter(today)).isTrue();
    }

    @Test
    void age_counts_an_unknown_month_as_mid_year() {
        LocalDate on = LocalDate.of(2023, 9, 27);
        assertThat(PartialDate.parse("2005-10-01").ageOn(on)).isEqualTo(17);
        assertThat(PartialDate.parse("2005-09-01").ageOn(on)).isEqualTo(18);
        assertThat(PartialDate.parse("2005").ageOn(on)).isEqualTo(18);
    }
}
