package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementsTest {

    @Test
    void a_settlement_typed_in_armenian_cyrillic_or_latin_script_is_the_same_settlement() {
        for (String typed : List.of("Ստեփանակերտ", "Степанакерт", "Stepanakert", " stepanakert ", "STEPANAKERT")) {
            assertThat(Settlements.find(typed)).as(typed).map(Settlements.Settlement::en).contains("Stepanakert");
        }
    }

    @Test
    void the_azerbaijani_name_and_administrative_words_lead_to_the_same_settlement() {
        assertThat(Settlements.find("Khankendi")).map(Settlements.Settlement::en).contains("Stepanakert");
        assertThat(Settlements.find("г. Степанакерт")).map(Settlements.Settlement::en).contains("Stepanakert");
    }

    @Test
    void every_settlement_of_the_list_is_found_by_each_of_its_three_names() {
        for (Settlements.Settlement s : Settlements.all()) {
            for (String name : List.of(s.en(), s.hy(), s.ru())) assertThat(Settlements.find(name)).as(name).contains(s);
        }
    }

    @Test
    void a_place_not_in_the_list_is_not_taken_for_one_that_is() {
        assertThat(Settlements.find("Goris street 5")).isEmpty();
        assertThat(Settlements.find("")).isEmpty();
        assertThat(Settlements.find(null)).isEmpty();
    }
}
