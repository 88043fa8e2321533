package am.haven.match.block;

import java.util.List;

/**
 * A blocking rule: records that share a key on every listed part become candidate pairs. A part is a
 * field name, or {@code field:year} for the year of a date. Several rules are OR-ed.
 */
public record BlockingRule(List<String> parts) {
    public BlockingRule {
        parts = List.copyOf(parts);
    }

    public static BlockingRule of(String... parts) {
        return new BlockingRule(List.of(parts));
    }

    @Override
    public String toString() {
        return String.join(" & ", parts);
    }
}
