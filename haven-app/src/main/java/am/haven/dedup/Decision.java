package am.haven.dedup;

/** A reviewer's verdict on a pair of records. Stored by name. */
public enum Decision {
    SAME, DIFFERENT, UNSURE
}
