package am.haven.match.synth;

import am.haven.match.FieldType;
import am.haven.match.Record;
import am.haven.match.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated population in memory, for tests and benchmarks that need records and truth without
 * files: {@code GeneratedPopulation.of(10_000, 7)}.
 */
public record GeneratedPopulation(Schema schema, List<Record> records, Map<String, String> truth) {

    /** The schema of generated files: the column names of {@code ./haven generate} with their types. */
    public static Schema generatedSchema() {
        return Schema.builder().field("given_name", FieldType.GIVEN_NAME).field("family_name", FieldType.FAMILY_NAME)
                .field("patronymic", FieldType.PATRONYMIC).field("birth_date", FieldType.BIRTH_DATE)
                .field("sex", FieldType.SEX).field("phone", FieldType.PHONE).field("document", FieldType.DOCUMENT)
                .field("birth_place", FieldType.PLACE).build();
    }

    /** {@code n} records of the classic profile generated with {@code seed}, in generation order, ids R1…Rn. */
    public static GeneratedPopulation of(int n, long seed) {
        return of(n, seed, PopulationGenerator.Profile.CLASSIC);
    }

    /** {@code n} records of {@code profile} generated with {@code seed}, in generation order, ids R1…Rn. */
    public static GeneratedPopulation of(int n, long seed, PopulationGenerator.Profile profile) {
        List<String[]> rows = new PopulationGenerator(seed, profile).generate(n);
        String[] columns = PopulationGenerator.HEADER.split(",");
        List<Record> records = new ArrayList<>(rows.size());
        Map<String, String> truth = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            Map<String, String> values = new HashMap<>();
            for (int c = 1; c < columns.length; c++) values.put(columns[c], r[c]);
            String id = "R" + (i + 1);
            records.add(new Record(id, values));
            truth.put(id, r[0]);
        }
        return new GeneratedPopulation(generatedSchema(), records, truth);
    }
}
