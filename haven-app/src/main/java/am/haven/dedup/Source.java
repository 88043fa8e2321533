package am.haven.dedup;

/** Why a record sits in its identity. Stored by name. */
public enum Source {
    /** No earlier record matched: the record started a new identity. */
    NEW,
    /** Linked automatically above the match threshold at registration. */
    MACHINE,
    /** Placed by a batch relink. */
    RELINK,
    /** Placed by a person: review decision, merge, split, attach or undo. */
    HUMAN
}
