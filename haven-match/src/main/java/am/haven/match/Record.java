package am.haven.match;

import java.util.Map;
import java.util.Objects;

/**
 * One record to link: a caller-chosen id and its raw field values, keyed by field name.
 * Missing and blank values are both treated as unknown.
 */
public record Record(String id, Map<String, String> values) {
    public Record {
        Objects.requireNonNull(id, "id");
        values = Map.copyOf(values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().trim())));
    }

    /** Convenience factory: {@code Record.of("42", "given_name", "Aram", "family_name", "Oganesyan")}. */
    public static Record of(String id, String... fieldValuePairs) {
        if (fieldValuePairs.length % 2 != 0) throw new IllegalArgumentException("field/value pairs expected");
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            if (fieldValuePairs[i + 1] != null) map.put(fieldValuePairs[i], fieldValuePairs[i + 1]);
        }
        return new Record(id, map);
    }

    /** The trimmed value of {@code field}, or null when unknown. */
    public String get(String field) {
        return values.get(field);
    }
}
