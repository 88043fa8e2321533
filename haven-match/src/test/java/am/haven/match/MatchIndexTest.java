package am.haven.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static am.haven.match.FieldType.BIRTH_DATE;
import static am.haven.match.FieldType.FAMILY_NAME;
import static am.haven.match.FieldType.GIVEN_NAME;
import static org.assertj.core.api.Assertions.assertThat;

class MatchIndexTest {
    static final Schema SCHEMA = Schema.builder().field("given", GIVEN_NAME).field("family", FAMILY_NAME)
            .field("dob", BIRTH_DATE).build();

    @Test
    void a_shared_common_surname_counts_for_less_than_a_shared_rare_one() {
        List<Record> people = new ArrayList<>();
        String[] given = {"Aram", "Lusine", "Narek", "Gohar", "Tigran", "Ani", "Davit", "Mane"};
        for (int i = 0; i < 400; i++) {
            String family = i % 2 == 0 ? "Grigoryan" : "Rare" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "yan";
            people.add(Record.of("p" + i, "given", given[i % given.length], "family", family,
                    "dob", (1940 + i % 60) + "-0" + (1 + i % 9) + "-1" + (i % 9)));
        }
        Linker linker = Linker.train(SCHEMA, people, TrainingOptions.defaults());
        MatchIndex index = linker.newIndex();
        people.forEach(index::add);

        double common = familyWeight(index.match(Record.of("q1", "given", "Zaven", "family", "Grigoryan", "dob", "1940-01-10"), 1));
        double rare = familyWeight(index.match(Record.of("q2", "given", "Zaven", "family", "Rarebayan", "dob", "1941-02-11"), 1));

        assertThat(rare).isGreaterThan(common + 2);
    }

    @Test
    void adding_a_record_with_the_same_id_replaces_it() {
        Linker linker = Linker.train(SCHEMA, LinkerTest.smallPopulation().stream()
                .map(r -> new Record(r.id(), java.util.Map.of("given", r.get("given"), "family", r.get("family"),
                        "dob", r.get("dob")))).toList(), TrainingOptions.defaults());
        MatchIndex index = linker.newIndex();
        index.add(Record.of("x", "given", "Aram", "family", "Petrosyan", "dob", "1980-01-01"));
        index.add(Record.of("x", "given", "Lusine", "family", "Avetisyan", "dob", "1990-02-02"));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.match(Record.of("q", "given", "Aram", "family", "Petrosyan", "dob", "1980-01-01"), 5))
                .isEmpty();
    }

    private static double familyWeight(List<Candidate> found) {
        assertThat(found).isNotEmpty();
        return found.get(0).explanation().stream().filter(c -> c.comparison().equals("family"))
                .mapToDouble(Contribution::weight).sum();
    }
}
