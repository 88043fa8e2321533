package am.haven.match;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which fields take part in linkage and what type each holds; iteration order is the given order. */
public record Schema(Map<String, FieldType> fields) {
    public Schema {
        if (fields.isEmpty()) throw new MatchException("a schema needs at least one field");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Starts a schema: {@code Schema.builder().field("first_name", GIVEN_NAME).build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent schema builder keeping insertion order. */
    public static final class Builder {
        private final Map<String, FieldType> fields = new LinkedHashMap<>();

        public Builder field(String name, FieldType type) {
            fields.put(name, type);
            return this;
        }

        public Schema build() {
            return new Schema(fields);
        }
    }
}
