package am.haven.match.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsTest {
    @Test
    void cyrillic_look_alike_letters_fold_to_latin() {
        assertThat(Documents.fold("АМ 1234567")).isEqualTo("AM1234567");
        assertThat(Documents.fold("ак-1234567")).isEqualTo("AK1234567");
    }

    @Test
    void cyrillic_look_alike_letters_spaces_dashes_and_case_are_folded() {
        assertThat(Documents.fold("АМ 123-4567")).isEqualTo("AM1234567");
        assertThat(Documents.fold("am1234567")).isEqualTo("AM1234567");
    }

    @Test
    void lower_case_cyrillic_look_alikes_fold_as_their_capitals_do() {
        assertThat(Documents.fold("вм нт 123")).isEqualTo(Documents.fold("BM HT 123")).isEqualTo("BMHT123");
    }

    @Test
    void letters_without_a_latin_look_alike_are_kept_so_different_series_stay_different() {
        assertThat(Documents.fold("II-ДВ 123456")).isEqualTo("IIДB123456");
        assertThat(Documents.fold("ДВ123456")).isNotEqualTo(Documents.fold("ЖВ123456"));
        assertThat(Documents.fold("ՀԴ 0012345")).isEqualTo("ՀԴ0012345");
    }

    @Test
    void a_number_of_separators_only_is_missing() {
        assertThat(Documents.fold(" - / ")).isNull();
    }

    @Test
    void digits_are_kept_apart_for_the_same_digits_level() {
        assertThat(Documents.digits("AM1234567")).isEqualTo("1234567");
        assertThat(Documents.digits("AM")).isNull();
    }
}
