package am.haven.match.compare;

import am.haven.match.FieldType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameComparisonTest {
    final Comparison given = new NameComparison("given", FieldType.GIVEN_NAME);
    final Comparison family = new NameComparison("family", FieldType.FAMILY_NAME);
    final Comparison patronymic = new NameComparison("patronymic", FieldType.PATRONYMIC);

    @Test
    void the_same_name_in_two_scripts_is_exact_after_transliteration() {
        assertThat(Levels.of(family, "Петросян", "Petrosyan")).isEqualTo("exact");
    }

    @Test
    void passport_and_russian_spellings_meet_on_the_sound_key() {
        assertThat(Levels.of(family, "Հովհաննիսյան", "Оганесян")).isEqualTo("same sound key");
    }

    @Test
    void short_forms_meet_in_the_name_group() {
        assertThat(Levels.of(given, "Hovhannes", "Hovik")).isEqualTo("same name group");
    }

    @Test
    void a_typo_is_a_close_jaro_winkler() {
        assertThat(Levels.of(family, "Martirosyan", "Martirosyam")).isEqualTo("jaro-winkler >= 0.92");
        assertThat(Levels.of(family, "Petrosyan", "Petrov")).isEqualTo("jaro-winkler >= 0.80");
    }

    @Test
    void sound_alike_spellings_far_apart_meet_on_metaphone() {
        assertThat(Levels.of(given, "Philip", "Filyp")).isIn("same metaphone", "same sound key");
        assertThat(Levels.of(family, "Knight", "Nite")).isEqualTo("same metaphone");
    }

    @Test
    void unrelated_names_fall_to_else_and_missing_ones_to_null() {
        assertThat(Levels.of(given, "Aram", "Lusine")).isEqualTo("else");
        assertThat(Levels.of(given, "Aram", " ")).isEqualTo("null");
    }

    @Test
    void russian_and_armenian_patronymics_of_one_father_agree() {
        assertThat(Levels.of(patronymic, "Арменович", "Արմենի")).isEqualTo("exact");
        assertThat(Levels.of(patronymic, "Ованесович", "Hovhannesi")).isEqualTo("same sound key");
    }

    @Test
    void family_names_have_no_name_group_level() {
        assertThat(family.levels()).doesNotContain("same name group");
    }
}
