package am.haven.tracing;

import am.haven.registration.HouseholdCorrected;
import am.haven.registration.HouseholdRegistered;
import am.haven.registration.RegisteredPersons;
import am.haven.support.SpacedRuns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with registration and matches new registrations against open
 * cases. One background thread does both, in order, outside any request's transaction (on SQLite a
 * second transaction inside the registering one would wait for its own lock). At start-up the index
 * is filled from registration's read door; small populations synchronously, so the first request
 * already finds everyone, large ones in the background while the application serves.
 *
 * <p>Registrations and corrections made here are indexed right after their commit; those made
 * through other instances on the same database reach this index through {@link IndexFollower},
 * polled every few seconds on the same thread.
 */
@Component
class TracingWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TracingWorker.class);
    private static final int SYNCHRONOUS_LOAD_LIMIT = 50_000;
    private static final long POLL_SECONDS = 2;
    private static final long PRUNE_EVERY_POLLS = 1800;

    private final SearchIndex index;
    private final RegisteredPersons persons;
    private final CaseMatcher matcher;
    private final IndexFollower follower;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "haven-tracing");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean loaded;
    private final Queue<HouseholdRegistered> newlyRegistered = new ConcurrentLinkedQueue<>();
    private long polls;

    TracingWorker(SearchIndex index, RegisteredPersons persons, CaseMatcher matcher, IndexFollower follower) {
        this.index = index;
        this.persons = persons;
        this.matcher = matcher;
        this.follower = follower;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        follower.startingFill();
        if (persons.count() <= SYNCHRONOUS_LOAD_LIMIT) {
            fill();
        } else {
            worker.submit(this::fill);
        }
        worker.scheduleWithFixedDelay(this::follow, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
    }

    private void fill() {
        long start = System.nanoTime();
        persons.forEach(index::add);
        loaded = true;
        log.info("tracing search index: {} persons in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** True once every registered person present at start-up is indexed. */
    boolean loaded() {
        return loaded;
    }

    /** Inside the registering transaction: leaves the change for the other instances. */
    @EventListener
    void recordRegistration(HouseholdRegistered event) {
        follower.record(event.householdId());
    }

    /** Inside the correcting transaction: leaves the change for the other instances. */
    @EventListener
    void recordCorrection(HouseholdCorrected event) {
        follower.record(event.householdId());
    }

    /**
     * After a registration committed: its persons are indexed and matched against the open cases.
     * Registrations committed together (a group commit) are taken in one pass of the tracing
     * thread, so the open cases are read once for all of them.
     */
    @TransactionalEventListener
    void registered(HouseholdRegistered event) {
        newlyRegistered.add(event);
        indexing.ask();
    }

    /**
     * Passes start at least this far apart: under a stream of registrations each pass takes the
     * households of many group commits with the same few statements (open cases, persons,
     * households) that one costs, and a new registration is searchable at most this much later.
     */
    static final long GAP_MILLIS = 50;
    private final SpacedRuns indexing = new SpacedRuns(worker, Duration.ofMillis(GAP_MILLIS), this::indexRegistered);

    private void indexRegistered() {
        List<String> ids = new ArrayList<>();
        List<String> households = new ArrayList<>();
        for (HouseholdRegistered e = newlyRegistered.poll(); e != null; e = newlyRegistered.poll()) {
            ids.addAll(e.personIds());
            households.add(e.householdId());
        }
        try {
            // Read by household (the new persons' households, a few statements for a whole group
            // commit); of a household given a new member, only that member is new.
            Set<String> added = Set.copyOf(ids);
            persons.ofHouseholds(households).stream().filter(p -> added.contains(p.personId())).forEach(index::add);
        } catch (RuntimeException ex) {
            log.error("tracing could not index persons {}: {}", ids, ex.toString(), ex);
        }
        try {
            if (!ids.isEmpty()) matcher.matchNewPersons(ids);
        } catch (RuntimeException ex) {
            log.error("tracing could not match persons {}: {}", ids, ex.toString(), ex);
        }
    }

    /**
     * After a correction committed: the corrected persons' entries are replaced, and a person who
     * now fits an open case becomes its candidate as a new registration would.
     */
    @TransactionalEventListener
    void corrected(HouseholdCorrected event) {
        List<String> ids = List.copyOf(event.personIds());
        submit(() -> {
            persons.byIds(ids).forEach(index::add);
            matcher.matchNewPersons(ids);
        });
    }

    private void follow() {
        try {
            int households = follower.catchUp();
            if (households > 0) log.debug("tracing search index: {} households changed through other instances", households);
            if (++polls % PRUNE_EVERY_POLLS == 0) follower.prune();
        } catch (RuntimeException e) {
            // The next poll retries from the same mark.
            log.warn("tracing could not read index changes: {}", e.toString());
        }
    }

    /** Runs work on the tracing thread, after everything queued before it. */
    void submit(Runnable work) {
        worker.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("tracing background work failed: {}", e.toString(), e);
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
