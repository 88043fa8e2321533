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
    void digits_are_kept_apart_for_the_same_digits_level() {
        assertThat(Documents.digits("AM1234567")).isEqualTo("1234567");
        assertThat(Documents.digits("AM")).isNull();
    }
}
