package am.haven.match;

import am.haven.match.synth.GeneratedPopulation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Batch linkage with unreadable values: read as missing and listed, or stopped at the first. */
class InvalidValuesTest {
    static final GeneratedPopulation POP = GeneratedPopulation.of(3_000, 11);

    /** Every 20th record's birth date replaced by text that is no date, every 50th phone by letters. */
    static List<Record> dirtied() {
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < POP.records().size(); i++) {
            Record r = POP.records().get(i);
            Map<String, String> v = new HashMap<>(r.values());
            if (i % 20 == 7) v.put("birth_date", "00.00.0000");
            if (i % 50 == 3) v.put("phone", "see mother");
            out.add(new Record(r.id(), v));
        }
        return out;
    }

    @Test
    void unreadable_dates_and_phones_are_read_as_missing_and_counted_per_field_with_the_first_in_input_order() {
        LinkResult r = Linker.trainAndLink(POP.schema(), dirtied(), TrainingOptions.defaults(), Progress.NONE, null,
                OnInvalidValue.TREAT_AS_MISSING);

        InvalidValues invalid = r.invalidValues();
        assertThat(invalid.counts()).containsExactly(Map.entry("birth_date", 150L), Map.entry("phone", 60L));
        assertThat(invalid.columns().get(0).examples()).extracting(InvalidValues.Example::index)
                .containsExactly(7, 27, 47, 67, 87);
        assertThat(invalid.columns().get(1).examples().get(0).value()).isEqualTo("see mother");
        assertThat(r.clusterIds()).hasSize(POP.records().size());
    }

    @Test
    void the_readable_values_still_link_about_as_well_as_a_clean_file() {
        double clean = Pairwise.f1(Linker.trainAndLink(POP.schema(), POP.records(), TrainingOptions.defaults(),
                Progress.NONE).clusterIds(), POP.truth());
        double dirty = Pairwise.f1(Linker.trainAndLink(POP.schema(), dirtied(), TrainingOptions.defaults(),
                Progress.NONE, null, OnInvalidValue.TREAT_AS_MISSING).clusterIds(), POP.truth());
        // 5 % of dates and 2 % of phones lost cost little; a run that ignored all dates would lose far more.
        assertThat(dirty).isGreaterThan(clean - 0.02);
    }

    @Test
    void fail_stops_at_the_first_unreadable_value_in_input_order() {
        assertThatThrownBy(() -> Linker.trainAndLink(POP.schema(), dirtied(), TrainingOptions.defaults(),
                Progress.NONE, null, OnInvalidValue.FAIL))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.index()).isEqualTo(3);
                    assertThat(e.invalidValue().field()).isEqualTo("phone");
                    assertThat(e.invalidValue().value()).isEqualTo("see mother");
                });
    }
}
