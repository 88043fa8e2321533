package am.haven.changes;

/**
 * A consumer whose effects are stored in the database, shared by all instances through one
 * cursor row: whichever instance applies a batch moves the cursor in the same transaction
 * ({@link ChangeFeed#advance}); another instance that applied the same batch meanwhile rolls back.
 */
public interface SharedConsumer {

    /** The cursor's name in {@code change_cursor}. */
    String name();

    /** False while the consumer cannot work (its projection loading, paused, a relink running). */
    boolean ready();

    /** Entries per batch, at most. */
    int batchSize();

    /** Applies the batch, moving the cursor over what it applied. */
    void apply(ChangeBatch batch);
}
