package am.haven.changes;

/** One entry of the change feed: {@code seq} orders entries as their transactions committed. */
public record PersonChange(long seq, String personId, String householdId, ChangeKind kind) {}
