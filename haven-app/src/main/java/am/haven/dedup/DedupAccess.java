package am.haven.dedup;

/** Who may do what in de-duplication, as {@code @PreAuthorize} expressions. */
final class DedupAccess {

    /** The desk preview and attaching a newly registered record. */
    static final String DESK = "hasAnyRole('ADMIN','REGISTRAR','CASEWORKER')";
    /** Identities' records. */
    static final String READ_IDENTITIES = "hasAnyRole('ADMIN','REGISTRAR','CASEWORKER')";
    /** The review queue, merges, splits, undo. */
    static final String REVIEW = "hasAnyRole('ADMIN','CASEWORKER')";
    /** Models, thresholds, relink. */
    static final String ADMIN = "hasRole('ADMIN')";

    private DedupAccess() {}
}
