package am.haven.match.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldTest {
    @Test
    void case_punctuation_and_script_are_folded() {
        assertThat(Fold.words("  Тер-Петросян,  Арам ")).isEqualTo("ter petrosyan aram");
        assertThat(Fold.compact("O'Brien")).isEqualTo("obrien");
    }

    @Test
    void blank_or_letterless_text_folds_to_null() {
        assertThat(Fold.words(" -- ")).isNull();
        assertThat(Fold.words(null)).isNull();
    }
}
