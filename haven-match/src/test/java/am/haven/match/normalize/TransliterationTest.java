package am.haven.match.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Հովհաննիսյան Արամ, Hovhannisyan Aram", "Оганесян Арам, Oganesyan Aram",
        "Չոբանյան, Chobanyan", "Քոչարյան, Kocharyan", "Ռուբեն, Ruben", "Ոսկանյան, Voskanyan",
        "Գևորգյան, Gevorgyan", "Հարություն, Harutyun"})
    void armenian_and_russian_become_passport_like_ascii(String in, String out) {
        assertThat(Transliteration.toLatin(in)).isEqualTo(out);
    }

    @Test
    void the_bgn_middle_dot_and_soft_signs_are_removed() {
        assertThat(Transliteration.toLatin("Юрьевич")).isEqualTo("Yuryevich");
        assertThat(Transliteration.toLatin("Аыл")).doesNotContain("\u00B7");
    }

    @Test
    void ascii_passes_unchanged_and_null_stays_null() {
        assertThat(Transliteration.toLatin("Ter-Petrosyan")).isEqualTo("Ter-Petrosyan");
        assertThat(Transliteration.toLatin(null)).isNull();
    }

    @Test
    void the_dominant_script_decides_the_transliterator() {
        assertThat(Transliteration.dominantScript("Արամ A")).isEqualTo(Transliteration.Script.ARMENIAN);
        assertThat(Transliteration.dominantScript("Арам")).isEqualTo(Transliteration.Script.CYRILLIC);
        assertThat(Transliteration.dominantScript("Aram")).isEqualTo(Transliteration.Script.LATIN);
        assertThat(Transliteration.dominantScript("123")).isEqualTo(Transliteration.Script.OTHER);
    }

    @Test
    void a_name_asked_again_reads_as_it_did_the_first_time_whatever_came_between() {
        java.util.List<String> names = java.util.List.of("Արամ", "Арам", "Աշոտ", "Ашот", "Նարե", "Нарэ",
                "Սարգսյան Արամ Վարդանի " .repeat(4), "Юрьевич");
        java.util.List<String> first = names.stream().map(Transliteration::toLatin).toList();
        java.util.List<String> again = new java.util.ArrayList<>();
        for (int i = names.size() - 1; i >= 0; i--) again.add(0, Transliteration.toLatin(names.get(i)));
        assertThat(again).isEqualTo(first);
        assertThat(first.subList(0, 6)).containsExactly("Aram", "Aram", "Ashot", "Ashot", "Nare", "Nare");
        assertThat(first.get(6)).startsWith("Sargsyan Aram Vardani Sargsyan");
    }
}
