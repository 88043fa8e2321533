package am.haven.match.compare;

import am.haven.match.FieldType;

import java.util.List;

/**
 * One comparison: how a field is prepared and how two prepared values agree, as an ordered list of
 * levels (best agreement first, "else" last). Missing values are handled by the caller (level -1,
 * the "null" level, which contributes nothing to a score).
 *
 * <p>Implementations are stateless apart from caches and safe to share across threads.
 */
public interface Comparison {

    /** The field this comparison reads. */
    String field();

    /** The field's type. */
    FieldType type();

    /** Level labels, best agreement first; the last one is "else". */
    List<String> levels();

    /** The normalised value of a raw field value, or null when it carries no information. */
    Object prepare(String raw);

    /**
     * Why a non-blank raw value that {@link #prepare} read as null is unreadable (a phone without a
     * digit), or null when null simply means "unknown" (a placeholder such as "n/a"). Only batch
     * linkage asks, to report such values; {@link #prepare} itself stays lenient for them.
     */
    default String unreadable(String raw) {
        return null;
    }

    /** The level at which two non-null prepared values agree: an index into {@link #levels()}. */
    int level(Object a, Object b);

    /**
     * The value whose population frequency adjusts the weight of agreement at {@code level}
     * (a common surname counts for less than a rare one), or null when the level is not adjusted.
     */
    default String frequencyKey(Object value, int level) {
        return null;
    }

    /** True when agreement at {@code level} is adjusted by the frequency of {@link #frequencyKey}. */
    default boolean frequencyKeyLevel(int level) {
        return false;
    }

    /** The values of this field that a blocking rule may key on (a few short strings), or none. */
    default List<String> blockingKeys(Object value) {
        return List.of();
    }
}
