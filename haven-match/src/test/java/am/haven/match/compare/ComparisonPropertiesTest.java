package am.haven.match.compare;

import am.haven.match.FieldType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonPropertiesTest {

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> cyrillic = Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> armenian = Arbitraries.strings().withCharRange('ա', 'ֆ').ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(latin, cyrillic, armenian);
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1920, 2024).map(String::valueOf),
                Arbitraries.integers().between(1920, 2024).flatMap(y -> Arbitraries.integers().between(1, 12)
                        .flatMap(m -> Arbitraries.integers().between(1, 28)
                                .map(d -> String.format("%04d-%02d-%02d", y, m, d)))));
    }

    @Provide
    Arbitrary<FieldType> textTypes() {
        return Arbitraries.of(FieldType.GIVEN_NAME, FieldType.FAMILY_NAME, FieldType.PATRONYMIC,
                FieldType.FULL_NAME, FieldType.PLACE, FieldType.ADDRESS, FieldType.TEXT, FieldType.EMAIL,
                FieldType.DOCUMENT, FieldType.POSTCODE, FieldType.SEX);
    }

    @Property(tries = 300)
    void every_text_comparison_is_symmetric(@ForAll("textTypes") FieldType type, @ForAll("names") String a,
                                            @ForAll("names") String b) {
        Comparison c = Comparisons.forField("f", type);
        assertThat(Levels.of(c, a, b)).isEqualTo(Levels.of(c, b, a));
    }

    @Property(tries = 200)
    void date_comparison_is_symmetric(@ForAll("dates") String a, @ForAll("dates") String b) {
        Comparison c = Comparisons.forField("dob", FieldType.BIRTH_DATE);
        assertThat(Levels.of(c, a, b)).isEqualTo(Levels.of(c, b, a));
    }

    @Property(tries = 200)
    void a_value_agrees_with_itself_at_the_best_level(@ForAll("textTypes") FieldType type, @ForAll("names") String a) {
        Comparison c = Comparisons.forField("f", type);
        Object v = c.prepare(a);
        if (v != null) assertThat(c.level(v, c.prepare(a))).isZero();
    }
}
