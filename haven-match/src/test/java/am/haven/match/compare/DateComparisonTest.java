package am.haven.match.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateComparisonTest {
    final Comparison dates = new DateComparison("dob");

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "1985-03-04, 04.03.1985, exact",
        "1985, 1985-03-04, partial date agrees",
        "1985-03, 19850304, partial date agrees",
        "1985-03-04, 1985-04-03, day and month swapped",
        "1985-03-04, 1985-03-21, same year and month",
        "1985-03-04, 1985-11-21, same year",
        "1985-03-04, 1986-03-04, year +-1",
        "1985-03-04, 1990-03-04, else",
        "1985-03-04, '', null"})
    void each_level_of_partial_birth_dates(String a, String b, String level) {
        assertThat(Levels.of(dates, a, b)).isEqualTo(level);
    }
}
