package am.haven.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.testing.Bundles;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class HistoryWordsTest {

    final HistoryWords words = new HistoryWords(Bundles.of("dedup"));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void every_source_has_words_in_all_three_languages() {
        for (Locale language : Bundles.LANGUAGES) {
            LocaleContextHolder.setLocale(language);
            for (Source source : Source.values()) assertThat(words.source(source)).as(source + " in " + language).isNotEqualTo(source.name());
        }
    }

    @Test
    void haven_s_own_reasons_are_shown_in_the_readers_language_and_a_typed_one_as_written() {
        List<String> ours = List.of("linked to p1", "no earlier record above the match threshold", "attached at registration",
                "attached by a person", "split from i1", "merged from i2", "undo of op1", "relink job1",
                "a reviewer decided it differs from p2");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        for (String reason : ours) {
            assertThat(HistoryWords.known(reason)).as(reason).isTrue();
            assertThat(words.reason(reason)).as(reason).isNotEqualTo(reason).doesNotContain("{");
        }
        assertThat(words.reason("split from i1")).isEqualTo("отделена от i1");
        assertThat(words.reason("the mother confirmed both are her son")).isEqualTo("the mother confirmed both are her son");
    }
}
