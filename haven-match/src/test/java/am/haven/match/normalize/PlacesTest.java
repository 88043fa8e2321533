package am.haven.match.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Khankendi, stepanakert", "Степанакерт, stepanakert", "Ստեփանակերտ, stepanakert",
        "Shusha, shushi", "Aghdara, martakert", "Khojavend, martuni", "Asgaran, askeran", "Гадрут, hadrut",
        "g. Stepanakert, stepanakert", "Melbourne, melbourne"})
    void armenian_russian_and_azerbaijani_names_share_one_place(String raw, String canonical) {
        assertThat(Places.canonical(raw)).isEqualTo(canonical);
    }
}
