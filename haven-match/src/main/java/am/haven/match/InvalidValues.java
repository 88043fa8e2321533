package am.haven.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Values a batch read as missing because they could not be read as their field's type
 * ({@link OnInvalidValue#TREAT_AS_MISSING}), per field: how many, and the first few in input order.
 *
 * @param columns one entry per field with at least one such value, in schema order
 */
public record InvalidValues(List<Column> columns) {
    /** How many examples each column keeps. */
    public static final int EXAMPLES = 5;

    public InvalidValues {
        columns = List.copyOf(columns);
    }

    public static InvalidValues none() {
        return new InvalidValues(List.of());
    }

    /** Total invalid values over all fields. */
    public long total() {
        return columns.stream().mapToLong(Column::count).sum();
    }

    /**
     * @param field    the field (column) name
     * @param count    how many values of this field were read as missing
     * @param examples the first {@link #EXAMPLES} of them, in input order
     */
    public record Column(String field, long count, List<Example> examples) {
        public Column {
            examples = List.copyOf(examples);
        }
    }

    /**
     * @param index  zero-based position of the record in the input list
     * @param id     the record's id
     * @param value  the raw value
     * @param reason why it could not be read
     */
    public record Example(int index, String id, String value, String reason) {}

    /** Collects from parallel preparation; keeps per field the count and the lowest-indexed examples. */
    static final class Collector {
        private final List<String> fields;
        private final long[] counts;
        private final List<TreeMap<Integer, Example>> first = new ArrayList<>();

        Collector(List<String> fields) {
            this.fields = fields;
            this.counts = new long[fields.size()];
            for (int i = 0; i < fields.size(); i++) first.add(new TreeMap<>());
        }

        synchronized void add(int field, int index, String id, String value, String reason) {
            counts[field]++;
            TreeMap<Integer, Example> m = first.get(field);
            m.put(index, new Example(index, id, value, reason));
            if (m.size() > EXAMPLES) m.pollLastEntry();
        }

        synchronized InvalidValues result() {
            List<Column> out = new ArrayList<>();
            for (int f = 0; f < fields.size(); f++) {
                if (counts[f] > 0) out.add(new Column(fields.get(f), counts[f], List.copyOf(first.get(f).values())));
            }
            return new InvalidValues(out);
        }
    }

    /** Field name to count, for a short summary. */
    public Map<String, Long> counts() {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        columns.forEach(c -> m.put(c.field(), c.count()));
        return m;
    }
}
