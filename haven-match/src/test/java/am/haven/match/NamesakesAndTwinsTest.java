package am.haven.match;

import am.haven.match.synth.GeneratedPopulation;
import am.haven.match.synth.PopulationGenerator;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision among namesakes and twins, with a model trained (unsupervised) on the realistic
 * generator's population: people who only look alike stay apart, one person registered twice joins.
 */
class NamesakesAndTwinsTest {
    static final GeneratedPopulation POP = GeneratedPopulation.of(30_000, 3, PopulationGenerator.Profile.REALISTIC);
    static final Linker LINKER = Linker.train(POP.schema(), POP.records(), TrainingOptions.defaults());

    static Record person(String id, String... fieldValues) {
        return Record.of(id, fieldValues);
    }

    @Test
    void a_namesake_of_another_household_without_a_shared_phone_or_document_stays_apart() {
        Record a = person("a", "given_name", "Անահիտ", "family_name", "Գրիգորյան", "patronymic", "Արամի",
                "birth_date", "1947", "sex", "իգական", "phone", "091234567", "birth_place", "Մարտունի");
        Record b = person("b", "given_name", "Anahit", "family_name", "Grigoryan", "patronymic", "Vardani",
                "birth_date", "1947", "sex", "F", "phone", "+374 93 765 432", "birth_place", "Askeran");
        assertThat(LINKER.compare(a, b).probability()).isLessThan(LINKER.model().possibleThreshold());
    }

    @Test
    void the_same_woman_registered_twice_with_her_family_joins() {
        Record a = person("a", "given_name", "Անահիտ", "family_name", "Գրիգորյան", "patronymic", "Արամի",
                "birth_date", "1947", "sex", "իգական", "phone", "091234567", "birth_place", "Մարտունի",
                "document", "AM1234567");
        Record b = person("b", "given_name", "Анаит", "family_name", "Григорян", "patronymic", "Арамовна",
                "birth_date", "1947", "sex", "Ж", "phone", "+374 91 234 567", "birth_place", "Мартуни",
                "document", "АМ1234567");
        assertThat(LINKER.compare(a, b).probability()).isGreaterThanOrEqualTo(LINKER.model().threshold());
    }

    @Test
    void twins_sharing_surname_patronymic_birth_date_phone_and_settlement_stay_apart() {
        Map<String, String> family = Map.of("family_name", "Petrosyan", "patronymic", "Aramovich",
                "birth_date", "2001-04-17", "phone", "094555123", "birth_place", "Stepanakert", "sex", "M");
        Record a = withGiven("a", family, "Narek", "AT5551234");
        Record b = withGiven("b", family, "Hayk", "AT5559876");
        assertThat(LINKER.model().training().get("twinRule")).startsWith("on");
        assertThat(LINKER.compare(a, b).probability()).isLessThan(LINKER.model().threshold());
    }

    @Test
    void a_registration_under_another_given_name_still_joins_on_its_document() {
        Map<String, String> family = Map.of("family_name", "Petrosyan", "patronymic", "Aramovich",
                "birth_date", "2001-04-17", "phone", "094555123", "birth_place", "Stepanakert", "sex", "M");
        Record a = withGiven("a", family, "Narek", "AT5551234");
        Record b = withGiven("b", family, "Hayk", "AT5551234");
        assertThat(LINKER.compare(a, b).probability()).isGreaterThanOrEqualTo(LINKER.model().threshold());
    }

    @Test
    void the_twin_rule_is_off_where_the_data_has_no_documents_to_measure_with() {
        Schema noDocs = Schema.builder().field("given_name", FieldType.GIVEN_NAME)
                .field("family_name", FieldType.FAMILY_NAME).field("birth_date", FieldType.BIRTH_DATE).build();
        Linker l = Linker.train(noDocs, POP.records().subList(0, 5_000), TrainingOptions.defaults());
        assertThat(l.model().training().get("twinRule")).startsWith("off");
    }

    @Test
    void a_saved_model_keeps_its_twin_rule() {
        Linker reloaded = Linker.fromModel(LINKER.model());
        Map<String, String> family = Map.of("family_name", "Petrosyan", "patronymic", "Aramovich",
                "birth_date", "2001-04-17", "phone", "094555123", "birth_place", "Stepanakert", "sex", "M");
        Record a = withGiven("a", family, "Narek", "AT5551234");
        Record b = withGiven("b", family, "Hayk", "AT5559876");
        assertThat(reloaded.compare(a, b).probability()).isEqualTo(LINKER.compare(a, b).probability());
    }

    private static Record withGiven(String id, Map<String, String> family, String given, String document) {
        Map<String, String> v = new HashMap<>(family);
        v.put("given_name", given);
        v.put("document", document);
        return new Record(id, v);
    }
}
