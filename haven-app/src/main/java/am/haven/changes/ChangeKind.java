package am.haven.changes;

/** What happened to a person record. */
public enum ChangeKind {
    /** Registered with a new household. */
    REGISTERED,
    /** Added to a household registered earlier. */
    MEMBER_ADDED,
    /** Its own or its household's fields were corrected (consent included). */
    CORRECTED,
    /** Erased on request: the record is gone, and every copy derived from it must go too. */
    ERASED;

    /** True when the record existed before this change: what was derived from it must be redone. */
    public boolean replacesEarlierValues() {
        return this == CORRECTED;
    }
}
