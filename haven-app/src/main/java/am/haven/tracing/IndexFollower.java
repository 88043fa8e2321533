package am.haven.tracing;

import am.haven.registration.RegisteredPersons;
import am.haven.support.BeforeCommit;
import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's {@link SearchIndex} current with registrations and corrections committed
 * through any instance sharing the database. Each one leaves a row in {@code tracing_index_change}
 * inside its own transaction; every instance reads the rows from its high-water mark (the newest
 * {@code changed_at} it has seen) minus an overlap, re-indexes the households it has not yet
 * applied, and remembers the rows it applied until they fall out of the overlap.
 *
 * <p>The overlap is what makes a plain timestamp safe as a high-water mark: a transaction stamps
 * its row before it commits, so a row may become visible after newer rows were already read. It
 * must exceed the longest registering transaction plus the clock difference between instances.
 * Re-indexing is idempotent ({@link SearchIndex#add} replaces), so reading a row twice costs only time.
 */
@Component
class IndexFollower {

    static final Duration OVERLAP = Duration.ofSeconds(60);
    static final Duration KEEP = Duration.ofDays(1);

    private final IndexChangeRepository changes;
    private final RegisteredPersons persons;
    private final SearchIndex index;
    private final Clock clock;
    private final Map<String, String> applied = new ConcurrentHashMap<>();
    private volatile Instant newest;
    /** This instance, in the rows it writes, so that it reads back only the other instances' rows. */
    private final String instance = Ids.newId();
    /** The newest change this instance recorded: the mark moves with it as it moved when the rows were read back. */
    private volatile Instant ownNewest;
    /** The rows of the current transaction, written together just before it commits. */
    private final BeforeCommit<IndexChangeRepository.Change> toWrite;

    IndexFollower(IndexChangeRepository changes, RegisteredPersons persons, SearchIndex index, Optional<Clock> clock) {
        this.changes = changes;
        this.persons = persons;
        this.index = index;
        this.clock = clock.orElse(Clock.systemUTC());
        this.newest = this.clock.instant();
        this.toWrite = new BeforeCommit<>(rows -> changes.insertAll(rows, instance));
    }

    /**
     * Notes, inside the transaction that registered or corrected it, that a household's persons
     * changed. This instance indexes them itself after the commit, so it reads back only the rows of
     * other instances.
     */
    void record(String householdId) {
        String id = Ids.newId();
        String at = Timestamps.format(clock.instant());
        toWrite.add(List.of(new IndexChangeRepository.Change(id, householdId, at)));
        ownNewest = Timestamps.parse(at);
    }

    /** Called before the index is filled from the registrations: every change from now on is caught up later. */
    void startingFill() {
        newest = clock.instant();
        applied.clear();
    }

    /** Re-indexes every household changed (elsewhere) since the last call; returns how many households. */
    int catchUp() {
        // A clock ahead of ours must not push the mark into our future.
        Instant now = clock.instant();
        Instant mark = newest.isAfter(now) ? now : newest;
        String since = Timestamps.format(mark.minus(OVERLAP));
        List<IndexChangeRepository.Change> rows = changes.since(since, instance);
        Set<String> households = new LinkedHashSet<>();
        Instant seen = newest;
        Instant own = ownNewest;
        if (own != null && own.isAfter(seen) && !own.isAfter(now)) seen = own;
        for (IndexChangeRepository.Change c : rows) {
            if (applied.putIfAbsent(c.id(), c.changedAt()) == null) households.add(c.householdId());
            Instant at = Timestamps.parse(c.changedAt());
            if (at.isAfter(seen)) seen = at;
        }
        persons.ofHouseholds(households).forEach(index::add);
        newest = seen;
        applied.values().removeIf(at -> at.compareTo(since) < 0);
        return households.size();
    }

    /** Deletes changes no running instance still needs; returns how many. */
    int prune() {
        return changes.deleteBefore(Timestamps.format(clock.instant().minus(KEEP)));
    }
}
