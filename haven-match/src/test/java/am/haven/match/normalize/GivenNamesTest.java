package am.haven.match.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GivenNamesTest {
    @Test
    void short_forms_and_russian_forms_share_a_group() {
        GivenNames names = GivenNames.standard();
        assertThat(names.canonical("hovik")).isEqualTo("hovhannes");
        assertThat(names.canonical(Fold.compact("Ованес"))).isEqualTo("hovhannes");
        assertThat(names.canonical("vova")).isEqualTo(names.canonical("vladimir"));
    }

    @Test
    void a_name_in_no_group_has_no_canonical_form() {
        assertThat(GivenNames.standard().canonical("zzyzx")).isNull();
    }
}
