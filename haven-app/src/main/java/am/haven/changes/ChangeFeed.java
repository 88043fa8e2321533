package am.haven.changes;

import am.haven.support.BeforeCommit;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one feed of person changes. Services record a change inside the transaction that makes it
 * ({@link #record}); the transaction's entries are numbered and written together just before it
 * commits, so they exist exactly when the change does. {@link ChangeDispatcher} hands them to the
 * consumers on every instance; a shared consumer moves its cursor with {@link #advance} in the
 * transaction that applies a batch, so nothing is applied twice and nothing is skipped.
 */
@Service
public class ChangeFeed {

    private final ChangeRepository changes;
    private final BeforeCommit<ChangeRepository.Unnumbered> toAppend;
    private final List<Runnable> committedListeners = new CopyOnWriteArrayList<>();

    ChangeFeed(ChangeRepository changes) {
        this.changes = changes;
        this.toAppend = new BeforeCommit<>(changes::append);
    }

    /** Records that {@code personIds} of {@code householdId} changed, in the caller's transaction. */
    public void record(ChangeKind kind, String householdId, Collection<String> personIds) {
        if (personIds.isEmpty()) return;
        toAppend.add(personIds.stream().map(id -> new ChangeRepository.Unnumbered(id, householdId, kind)).toList());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Once per transaction: a group commit records hundreds of households.
            if (TransactionSynchronizationManager.hasResource(this)) return;
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committedListeners.forEach(Runnable::run);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ChangeFeed.this);
                }
            });
        } else {
            committedListeners.forEach(Runnable::run);
        }
    }

    /** The last sequence number committed: a projection built from the database after reading it follows from there. */
    public long head() {
        return changes.head();
    }

    /**
     * Moves a shared consumer's cursor over what it applied, inside the transaction that applied it;
     * false when another instance moved it meanwhile (the caller then rolls back its work).
     */
    public boolean advance(String consumer, long from, long to) {
        return changes.advance(consumer, from, to);
    }

    /** Moves a shared consumer's cursor forward to {@code to} unless it is already there (a relink did the work). */
    public void skipTo(String consumer, long to) {
        changes.advanceTo(consumer, to);
    }

    /** Up to {@code limit} committed entries after {@code from}, oldest first. */
    public List<PersonChange> entriesAfter(long from, int limit) {
        return changes.between(from, Long.MAX_VALUE, limit);
    }

    /** A shared consumer's position, if it has a cursor. */
    public OptionalLong position(String consumer) {
        return changes.position(consumer);
    }

    /** Entries waiting for a shared consumer. */
    public long behind(String consumer) {
        return Math.max(0, head() - changes.position(consumer).orElse(0));
    }

    /** Runs {@code listener} after every commit through this instance that recorded changes. */
    void onCommitted(Runnable listener) {
        committedListeners.add(listener);
    }
}
