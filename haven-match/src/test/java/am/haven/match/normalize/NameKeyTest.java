package am.haven.match.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTest {

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({
        "Hovhannisyan, Oganesyan", "Hovhannisyan, Ovanesyan", "Հովհաննիսյան, Оганесян",
        "Harutyunyan, Arutyunyan", "Ghazaryan, Kazaryan", "Hakobyan, Akopyan", "Sargsyan, Sarkisyan",
        "Gevorgyan, Gevorkyan", "Ղազարյան, Казарян", "Yeghiazaryan, Egiazaryan", "Shahinyan, Shakhinyan",
        "Voskanyan, Oskanyan", "Janibekyan, Dzhanibekyan", "Mkrtchyan, Mkrtchian", "Sarkisjan, Sarkisyan",
        "Abrahamyants, Abrahamyunts", "Tsaturyan, Caturyan", "Khachatryan, Xachatryan", "Anahit, Anait",
        "Gohar, Goar", "Hasmik, Asmik"
    })
    void spellings_of_one_name_share_a_key(String a, String b) {
        assertThat(NameKey.of(a)).isNotNull().isEqualTo(NameKey.of(b));
    }

    @Test
    void every_script_and_romanisation_of_hovhannisyan_shares_one_key() {
        var keys = Arrays.stream(new String[]{"Հովհաննիսյան", "Hovhannisyan", "Оганесян", "Oganesyan",
                "Ovanesyan", "Ованесян", "Hovannisian"}).map(NameKey::of).distinct().toList();
        assertThat(keys).hasSize(1);
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource({"Grigoryan, Petrosyan", "Sargsyan, Martirosyan", "Hakobyan, Avetisyan", "Khachatryan, Asatryan",
        "Abrahamyan, Abrahamyants"})
    void different_names_keep_different_keys(String a, String b) {
        assertThat(NameKey.of(a)).isNotEqualTo(NameKey.of(b));
    }

    @Test
    void a_name_without_letters_has_no_key() {
        assertThat(NameKey.of("123 -")).isNull();
        assertThat(NameKey.of(null)).isNull();
    }
}
