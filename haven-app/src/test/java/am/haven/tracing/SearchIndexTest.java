package am.haven.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.registration.PersonFacts;
import am.haven.registration.Relationship;
import am.haven.registration.Sex;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    static PersonFacts person(String id, String given, String family, String patronymic, Sex sex, String birth, boolean consent) {
        return new PersonFacts(id, "h-" + id, "000001-1", given, family, patronymic, null, null, null, sex, birth,
                Relationship.HEAD, null, null, "Stepanakert", "Goris", "2023-09-27T10:00:00.000Z", consent, null);
    }

    static SearchIndex index(PersonFacts... persons) {
        SearchIndex index = new SearchIndex();
        for (PersonFacts p : persons) index.add(p);
        return index;
    }

    static List<String> ids(SearchIndex index, String q) {
        return index.search(NameQuery.parse(q, null, null, null, null), 5, false).stream().map(SearchIndex.Hit::personId).toList();
    }

    @Test
    void armenian_h_and_russian_g_in_a_given_name_still_meet() {
        SearchIndex index = index(person("1", "Грант", "Гукасян", null, Sex.M, "1968-04-01", true),
                person("2", "Armen", "Petrosyan", null, Sex.M, "1970", true));

        SearchIndex.Hit hit = index.score(NameQuery.parse("Հրանտ Ղուկասյան", 1968, null, null, null), "1");

        assertThat(hit.plausible()).as(hit.explanation().toString()).isTrue();
    }

    @Test
    void a_removed_person_is_no_longer_found() {
        SearchIndex index = index(person("1", "Aram", "Hovhannisyan", null, Sex.M, "1961", true));

        index.remove("1");

        assertThat(ids(index, "Aram Hovhannisyan")).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void consented_only_leaves_out_households_that_did_not_consent() {
        SearchIndex index = index(person("1", "Aram", "Hovhannisyan", null, Sex.M, "1961", false),
                person("2", "Aram", "Hovhannisyan", null, Sex.M, "1962", true));

        var hits = index.search(NameQuery.parse("Aram Hovhannisyan", null, null, null, null), 5, true);

        assertThat(hits).extracting(SearchIndex.Hit::personId).containsExactly("2");
    }

    @Test
    void each_result_explains_its_weight() {
        SearchIndex index = index(person("1", "Արամ", "Հովհաննիսյան", "Արմենի", Sex.M, "1961", true));

        SearchIndex.Hit hit = index.search(NameQuery.parse("Оганесян Арам Арменович", 1961, "M", null, null), 1, false).get(0);

        assertThat(hit.explanation()).anyMatch(l -> l.startsWith("family name"))
                .anyMatch(l -> l.startsWith("given name")).anyMatch(l -> l.startsWith("patronymic"))
                .anyMatch(l -> l.startsWith("birth year")).anyMatch(l -> l.startsWith("sex"));
    }
}
