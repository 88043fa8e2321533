package am.haven.match.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PatronymicsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"armenovich, armen", "armenovna, armen", "grigorevich, grigor", "sergeevna, serge",
        "yuryevich, yur", "armeni, armen", "karoyi, karo", "armen, armen"})
    void russian_and_armenian_patronymics_reduce_to_the_fathers_name(String patronymic, String father) {
        assertThat(Patronymics.fatherName(patronymic)).isEqualTo(father);
    }
}
