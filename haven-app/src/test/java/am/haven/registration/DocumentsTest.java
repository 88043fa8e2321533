package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentsTest {

    @Test
    void cyrillic_look_alike_letters_spaces_and_case_are_folded() {
        assertThat(Documents.key("АМ 123-4567")).isEqualTo("AM1234567");
        assertThat(Documents.key("am1234567")).isEqualTo("AM1234567");
    }
}
