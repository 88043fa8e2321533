package am.haven.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The rules of assistance that need no database: cards, ages, CEL rules, reasons and texts. */
class AssistanceRulesTest {

    final Eligibility eligibility = new Eligibility();

    static Map<String, Object> facts() {
        Map<String, Object> f = new HashMap<>();
        f.put(Facts.AGE, 40L);
        f.put(Facts.SEX, "F");
        f.put(Facts.REGISTERED_ON, "2023-09-28");
        f.put(Facts.ORIGIN_REGION, "");
        f.put(Facts.ORIGIN_SETTLEMENT, "Stepanakert");
        f.put(Facts.NEEDS, List.of("DS"));
        f.put(Facts.LISTS, List.of());
        f.put(Facts.RELATIONSHIP, "HEAD");
        f.put(Facts.HOUSEHOLD_SIZE, 3L);
        f.put(Facts.HOUSEHOLD_CONSENT, true);
        f.put(Facts.PLACED, true);
        f.put(Facts.STATE_SITE, true);
        f.put(Facts.SITE, "Goris dormitory");
        f.put(Facts.SITE_TYPE, "DORMITORY");
        f.put(Facts.SITE_REGION, "SYUNIK");
        f.put(Facts.PLACED_SINCE, "2023-10-02");
        return f;
    }

    @Test
    void card_numbers_must_pass_the_luhn_check_and_have_13_to_19_digits() {
        assertThat(PayeeAccounts.cardProblem("4111111111111111")).isEmpty();
        assertThat(PayeeAccounts.cardProblem("4111111111111112")).contains("is not a valid card number (check digit)");
        assertThat(PayeeAccounts.cardProblem("411111")).contains("a card number has 13 to 19 digits");
        assertThat(PayeeAccounts.mask("4111111111111111")).isEqualTo("************1111");
    }

    @Test
    void ages_count_a_year_only_birth_date_as_the_first_of_july() {
        assertThat(Population.age("2005", LocalDate.parse("2023-06-30"))).isEqualTo(17);
        assertThat(Population.age("2005", LocalDate.parse("2023-07-01"))).isEqualTo(18);
        assertThat(Population.age("2005-10", LocalDate.parse("2023-10-14"))).isEqualTo(17);
        assertThat(Population.age("2005-10-03", LocalDate.parse("2023-10-03"))).isEqualTo(18);
        assertThat(Population.age(null, LocalDate.parse("2023-10-03"))).isEqualTo(-1);
    }

    @Test
    void every_bad_rule_is_reported_with_its_position_and_good_ones_compile() {
        assertThatThrownBy(() -> eligibility.compile(List.of("person.age >= 18", "person.agee > 3", "", "person.age"), "eligibility"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("eligibility[1]", "eligibility[2]", "eligibility[3]"));
        assertThat(eligibility.compile(List.of("'DS' in person.needs", "!('owns_flat' in person.lists)"), "eligibility")).hasSize(2);
    }

    @Test
    void rules_cannot_call_anything_but_cel_functions() {
        assertThatThrownBy(() -> eligibility.compile(List.of("java.lang.System.exit(0) == 0"), "eligibility"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void the_first_rule_that_fails_is_the_reason_and_cites_the_placement() {
        List<Eligibility.Rule> rules = eligibility.compile(List.of("person.age >= 18", "!placement.state"), "eligibility");
        Reason r = Eligibility.firstFailure(rules, facts());
        assertThat(r.code()).isEqualTo(Reason.Code.RULE);
        assertThat(r.values()).containsEntry("index", "1").containsEntry(Facts.SITE, "Goris dormitory")
                .containsEntry(Facts.PLACED_SINCE, "2023-10-02");
        assertThat(Eligibility.firstFailure(eligibility.compile(List.of("person.age >= 18"), "e"), facts())).isNull();
    }

    @Test
    void a_state_site_exclusion_reads_as_a_sentence_in_each_language() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/assistance/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        ReasonText text = new ReasonText(source);
        Reason r = Eligibility.firstFailure(eligibility.compile(List.of("!placement.state"), "eligibility"), facts());

        assertThat(text.render(r, Locale.ENGLISH)).isEqualTo(
                "excluded by rule 1 (!placement.state) — placed in Goris dormitory, a state site, since 2023-10-02");
        assertThat(text.render(r, Locale.forLanguageTag("ru"))).isEqualTo(
                "исключён правилом 1 (!placement.state) — размещён в «Goris dormitory», государственном месте размещения, с 2023-10-02");
        assertThat(text.render(r, Locale.forLanguageTag("hy"))).isEqualTo(
                "բացառված է 1-րդ կանոնով (!placement.state) — տեղավորված է Goris dormitory-ում՝ պետական կացարանում, 2023-10-02-ից");
    }

    @Test
    void a_household_amount_by_size_takes_the_largest_size_given_for_larger_households() {
        Amount.BySize b = new Amount.BySize(new java.util.TreeMap<>(Map.of(1, 30000L, 2, 50000L, 4, 70000L)));
        assertThat(b.forSize(1)).isEqualTo(30000);
        assertThat(b.forSize(3)).isEqualTo(50000);
        assertThat(b.forSize(9)).isEqualTo(70000);
    }

    @Test
    void every_assistance_text_exists_in_english_armenian_and_russian() throws Exception {
        Properties en = bundle(""), hy = bundle("_hy"), ru = bundle("_ru");
        assertThat(hy.keySet()).isEqualTo(en.keySet());
        assertThat(ru.keySet()).isEqualTo(en.keySet());
        for (Properties p : List.of(en, hy, ru)) p.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        for (String fact : Facts.TYPES.keySet()) assertThat(en).containsKey("assistance.fact." + fact);
    }

    static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (var in = AssistanceRulesTest.class.getResourceAsStream("/i18n/assistance/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
