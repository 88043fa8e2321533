package am.haven.match.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SexesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"M, m", "male, m", "М, m", "муж, m", "արական, m", "F, f", "female, f", "Ж, f", "իգական, f"})
    void english_russian_and_armenian_codes_fold(String raw, String code) {
        assertThat(Sexes.code(raw)).isEqualTo(code);
    }
}
