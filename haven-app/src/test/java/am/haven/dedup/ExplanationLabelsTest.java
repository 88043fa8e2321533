package am.haven.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.match.FieldType;
import am.haven.match.compare.Comparisons;
import am.haven.testing.Bundles;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class ExplanationLabelsTest {

    final ExplanationLabels labels = new ExplanationLabels(Bundles.of("dedup"));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void every_agreement_level_the_engine_can_give_has_words_in_all_three_languages() {
        ResourceBundleMessageSource source = Bundles.of("dedup");
        for (FieldType type : FieldType.values()) {
            for (String level : Comparisons.forField("f", type).levels()) {
                for (Locale language : Bundles.LANGUAGES) {
                    String key = "dedup.level." + ExplanationLabels.key(level);
                    assertThat(source.getMessage(key, null, null, language)).as(key + " in " + language).isNotBlank();
                }
            }
        }
    }

    @Test
    void every_field_a_person_is_matched_on_has_words_in_all_three_languages() {
        ResourceBundleMessageSource source = Bundles.of("dedup");
        for (String field : List.of(PersonRecords.GIVEN_NAME, PersonRecords.FAMILY_NAME, PersonRecords.PATRONYMIC,
                PersonRecords.BIRTH_DATE, PersonRecords.SEX, PersonRecords.PHONE, PersonRecords.DOCUMENT, PersonRecords.ORIGIN)) {
            for (Locale language : Bundles.LANGUAGES) {
                assertThat(source.getMessage("dedup.field." + field, null, null, language)).as(field + " in " + language).isNotBlank();
            }
        }
    }

    @Test
    void a_level_is_shown_in_the_readers_language_and_an_unknown_one_as_the_engine_wrote_it() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("hy"));
        assertThat(labels.level("jaro-winkler >= 0.92")).isEqualTo("շատ նման գրություն (Jaro–Winkler ≥ 0.92)");
        assertThat(labels.field("family_name")).isEqualTo("Ազգանուն");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(labels.level("same sound key")).isEqualTo("тот же фонетический ключ");
        assertThat(labels.level("agrees on the moon phase")).isEqualTo("agrees on the moon phase");
        assertThat(labels.field("shoe_size")).isEqualTo("shoe_size");
    }
}
