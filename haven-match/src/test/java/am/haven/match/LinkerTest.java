package am.haven.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static am.haven.match.FieldType.BIRTH_DATE;
import static am.haven.match.FieldType.FAMILY_NAME;
import static am.haven.match.FieldType.GIVEN_NAME;
import static am.haven.match.FieldType.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

class LinkerTest {
    static final Schema SCHEMA = Schema.builder().field("given", GIVEN_NAME).field("family", FAMILY_NAME)
            .field("dob", BIRTH_DATE).field("phone", PHONE).build();

    static List<Record> smallPopulation() {
        String[] given = {"Aram", "Armen", "Anahit", "Gohar", "Tigran", "Vardan", "Lusine", "Narek", "Mane", "Hayk"};
        String[] family = {"Hovhannisyan", "Grigoryan", "Sargsyan", "Hakobyan", "Ghazaryan", "Petrosyan",
            "Mkrtchyan", "Avetisyan", "Martirosyan", "Khachatryan", "Danielyan", "Poghosyan"};
        List<Record> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < given.length; i++) {
            for (int j = 0; j < family.length; j++) {
                String dob = (1950 + (i * 7 + j * 3) % 60) + "-0" + (1 + j % 9) + "-1" + (i % 9);
                String phone = "+3749" + (1000000 + i * 1000 + j * 17);
                out.add(Record.of("r" + n++, "given", given[i], "family", family[j], "dob", dob, "phone", phone));
            }
        }
        return out;
    }

    @Test
    void an_index_finds_the_russian_spelling_of_an_armenian_registration() {
        List<Record> population = smallPopulation();
        Linker linker = Linker.train(SCHEMA, population, TrainingOptions.defaults());
        MatchIndex index = linker.newIndex();
        population.forEach(index::add);

        Record russian = Record.of("new", "given", "Арам", "family", "Оганесян", "dob", "1950-01-10",
                "phone", "091 000 000");
        List<Candidate> found = index.match(russian, 3);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).id()).isEqualTo("r0");
        assertThat(found.get(0).explanation()).extracting(Contribution::comparison)
                .containsExactly("(prior)", "given", "family", "dob", "phone");
        double sum = found.get(0).explanation().stream().mapToDouble(Contribution::weight).sum();
        assertThat(sum).isCloseTo(found.get(0).matchWeight(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_removed_record_is_no_longer_found() {
        List<Record> population = smallPopulation();
        MatchIndex index = Linker.train(SCHEMA, population, TrainingOptions.defaults()).newIndex();
        population.forEach(index::add);
        Record probe = Record.of("probe", "given", "Aram", "family", "Hovhannisyan", "dob", "1950-01-10");

        assertThat(index.remove("r0")).isTrue();

        assertThat(index.match(probe, 5)).extracting(Candidate::id).doesNotContain("r0");
        assertThat(index.size()).isEqualTo(population.size() - 1);
    }

    @Test
    void a_saved_model_reloads_with_the_same_scores() throws Exception {
        List<Record> population = smallPopulation();
        Linker linker = Linker.train(SCHEMA, population, TrainingOptions.defaults());
        var file = java.nio.file.Files.createTempFile("model", ".json");
        linker.save(file);
        Linker reloaded = Linker.load(file);
        Record a = population.get(0), b = Record.of("x", "given", "Aram", "family", "Оганесян", "dob", "1950");

        assertThat(reloaded.compare(a, b).matchWeight())
                .isCloseTo(linker.compare(a, b).matchWeight(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(reloaded.model()).isEqualTo(linker.model());
    }
}
