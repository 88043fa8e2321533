package am.haven.changes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Consecutive entries of the feed handed to a consumer: those after {@code from}, oldest first.
 * A shared consumer moves its cursor from {@code from} to {@link #to()} (or a part of the way)
 * in the transaction that applies them, with {@link ChangeFeed#advance}.
 */
public record ChangeBatch(long from, List<PersonChange> changes) {

    public ChangeBatch {
        changes = List.copyOf(changes);
    }

    /** The last sequence number in the batch ({@code from} when empty). */
    public long to() {
        return changes.isEmpty() ? from : changes.get(changes.size() - 1).seq();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The persons changed, each once, in the order of their first change. */
    public List<String> personIds() {
        return changes.stream().map(PersonChange::personId).distinct().toList();
    }

    /** The households changed, each once. */
    public List<String> householdIds() {
        return changes.stream().map(PersonChange::householdId).distinct().toList();
    }

    /** Each person changed and whether any of its changes replaced earlier values. */
    public Map<String, Boolean> replacedValuesByPerson() {
        return changes.stream().collect(Collectors.toMap(PersonChange::personId, c -> c.kind().replacesEarlierValues(),
                Boolean::logicalOr, java.util.LinkedHashMap::new));
    }

    /** The part of the batch from entry {@code fromIndex} (inclusive) to {@code toIndex} (exclusive). */
    public ChangeBatch slice(int fromIndex, int toIndex) {
        long start = fromIndex == 0 ? from : changes.get(fromIndex - 1).seq();
        return new ChangeBatch(start, changes.subList(fromIndex, toIndex));
    }
}
