package am.haven.tracing;

import static am.haven.tracing.SearchIndexTest.index;
import static am.haven.tracing.SearchIndexTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import am.haven.registration.Sex;
import am.haven.testing.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class WhyLinesTest {

    final WhyLines why = new WhyLines(Bundles.of("tracing"));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** Lines of every form the scorer writes, from real scores. */
    static List<String> scorerLines() {
        List<String> lines = new ArrayList<>();
        SearchIndex withPatronymic = index(person("1", "Արամ", "Հովհաննիսյան", "Արմենի", Sex.M, "1961", true));
        lines.addAll(withPatronymic.search(NameQuery.parse("Оганесян Арам Арменович Zzqxw", 1961, "M", null, null), 1, false)
                .get(0).explanation());
        SearchIndex withoutPatronymic = index(person("2", "Anahit", "Sargsyan", null, Sex.F, "1975", true));
        lines.addAll(withoutPatronymic.search(NameQuery.parse("Anait Sarkisyan Vardanovna", 1976, "F", null, null), 1, false)
                .get(0).explanation());
        Scorer.facts(NameQuery.parse("Aram", 1961, "M", "Martuni", "+37491234567"),
                new Scorer.Facts(1963, 'F', "Askeran", "+37491234567"), lines);
        return lines;
    }

    @Test
    void every_line_the_scorer_writes_is_shown_in_each_language() {
        List<String> lines = scorerLines();
        assertThat(lines).anyMatch(l -> l.startsWith("family name")).anyMatch(l -> l.contains("matches no name"))
                .anyMatch(l -> l.contains("(a patronymic?)")).anyMatch(l -> l.startsWith("origin"))
                .anyMatch(l -> l.startsWith("same phone"));
        assertThat(lines).allSatisfy(l -> assertThat(WhyLines.known(l)).as(l).isTrue());
        for (Locale language : Bundles.LANGUAGES) {
            LocaleContextHolder.setLocale(language);
            for (String line : lines) assertThat(why.line(line)).as(line + " in " + language).isNotBlank().doesNotContain("{");
        }
    }

    @Test
    void every_name_level_and_field_has_words_in_all_three_languages() {
        ResourceBundleMessageSource source = Bundles.of("tracing");
        for (Locale language : Bundles.LANGUAGES) {
            for (Scorer.Level level : Scorer.Level.values()) {
                String key = "tracing.why.level." + level.label.replaceAll("[^a-z0-9]+", "_");
                assertThat(source.getMessage(key, null, null, language)).as(key + " in " + language).isNotBlank();
            }
            for (String field : List.of("given_name", "family_name", "patronymic", "name")) {
                assertThat(source.getMessage("tracing.why.field." + field, null, null, language)).isNotBlank();
            }
        }
    }

    @Test
    void a_line_is_shown_in_the_readers_language_with_its_own_values() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("hy"));
        assertThat(why.line("family name: 'Оганесян' ~ 'hovhannisyan' (same sound across scripts) +9.9"))
                .isEqualTo("ազգանուն՝ «Оганесян» ~ «hovhannisyan» (նույն հնչյունը՝ այլ գրով) +9.9");
        assertThat(why.line("birth year 1961 vs 1963 +1.0")).isEqualTo("ծննդյան տարի՝ 1961 / 1963 +1.0");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(why.line("'Zzqxw' matches no name -3.0")).isEqualTo("«Zzqxw» не совпадает ни с одним именем -3.0");
        assertThat(why.line("a line of some other form")).isEqualTo("a line of some other form");
    }
}
