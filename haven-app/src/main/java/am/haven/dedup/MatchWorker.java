package am.haven.dedup;

import am.haven.match.Candidate;
import am.haven.match.InvalidValueException;
import am.haven.match.Record;
import am.haven.registration.HouseholdCorrected;
import am.haven.registration.HouseholdRegistered;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.support.BeforeCommit;
import am.haven.support.Ids;
import am.haven.support.SpacedRuns;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches newly registered records against the population, after the registration committed, so
 * the desk never waits for it. The registration's own transaction writes a durable marker
 * ({@link PendingRepository}); this worker takes markers oldest first, scores each record against
 * the index (outside any transaction), adds it to the index so the next record in the batch sees
 * it, then writes the placements and removes the markers, a few records per transaction.
 *
 * <p>One worker thread per instance; several instances share the markers (a marker taken by one is
 * skipped by the others). While a relink runs anywhere, markers wait and are linked afterwards.
 */
@Service
public class MatchWorker {

    private static final Logger log = LoggerFactory.getLogger(MatchWorker.class);
    static final int BATCH = 500;
    /**
     * Records placed per write transaction on SQLite, where each transaction holds the only write
     * lock that registrations wait for; on PostgreSQL a batch is one transaction (fewer commits).
     */
    static final int SQLITE_WRITE_CHUNK = 25;

    private final PendingRepository pending;
    /** A transaction's new records, marked with one statement before it commits (a group of registrations commits together). */
    private final BeforeCommit<String> toMatch;
    private final RegisteredPersons persons;
    private final PersonIndex index;
    private final Placer placer;
    private final JobRepository jobs;
    private final TransactionTemplate tx;
    private final int writeChunk;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "haven-dedup-match");
        t.setDaemon(true);
        return t;
    });
    private static final long CATCH_UP_NANOS = TimeUnit.SECONDS.toNanos(5);
    private volatile boolean paused;
    /** When this instance last caught up with other instances' placements (System.nanoTime). */
    private long caughtUpAt = System.nanoTime();

    MatchWorker(PendingRepository pending, RegisteredPersons persons, PersonIndex index, Placer placer,
                JobRepository jobs, PlatformTransactionManager txManager,
                @Value("${spring.datasource.url}") String url) {
        this.pending = pending;
        this.toMatch = new BeforeCommit<>(ids -> pending.add(ids, false));
        this.persons = persons;
        this.index = index;
        this.placer = placer;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(txManager);
        this.writeChunk = url.startsWith("jdbc:sqlite:") ? SQLITE_WRITE_CHUNK : BATCH;
    }

    /** Marks the new records "to be matched" inside the registration's transaction. */
    @EventListener
    void onRegistered(HouseholdRegistered event) {
        toMatch.add(event.personIds());
    }

    /** After the registration committed: match soon. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterRegistered(HouseholdRegistered event) {
        nudge();
    }

    /**
     * Marks corrected records "to be matched again" inside the correction's transaction: the index
     * entry is replaced and machine placements follow the new values; human ones stay.
     */
    @EventListener
    void onCorrected(HouseholdCorrected event) {
        pending.requeue(event.personIds());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCorrected(HouseholdCorrected event) {
        nudge();
    }

    /** Only the web application matches continuously; command-line tools do their own work. */
    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) return;
        thread.execute(() -> {
            try {
                index.build();
            } catch (RuntimeException e) {
                log.error("person index build failed", e);
            }
        });
        thread.scheduleWithFixedDelay(looks::run, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Asks the worker to look for markers (coalesced): now, or {@link #GAP_MILLIS} after its last
     * look began. Under a stream of registrations each look then takes the records of many commits
     * with the same few statements that a single record costs; a record waits at most that much longer.
     */
    public void nudge() {
        looks.ask();
    }

    static final long GAP_MILLIS = 50;
    private final SpacedRuns looks = new SpacedRuns(thread, Duration.ofMillis(GAP_MILLIS), this::tick);

    /** Stops taking markers (this instance) until {@link #resume}; markers keep accumulating. */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
        nudge();
    }

    /**
     * Waits until what the worker thread was doing has finished; after {@link #pause} it then
     * leaves the markers alone, so tests can place a batch by hand with {@link #process}.
     */
    void awaitIdle() throws Exception {
        thread.submit(() -> {}).get(30, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            if (!index.isReady()) return;
            // Every few seconds, not every few ticks: a tick follows every commit of registrations,
            // and each catch-up re-reads a minute of placements.
            if (System.nanoTime() - caughtUpAt >= CATCH_UP_NANOS) {
                index.catchUp();
                caughtUpAt = System.nanoTime();
            }
            drain();
        } catch (RuntimeException e) {
            log.error("matching new records failed; markers stay for the next attempt", e);
        }
    }

    /** Matches the waiting records unless a relink runs; returns how many were placed. */
    public int drain() {
        int placed = 0;
        while (!paused && jobs.running().isEmpty()) {
            List<PendingRepository.Pending> batch = pending.oldest(BATCH);
            if (batch.isEmpty()) break;
            placed += process(batch);
            // Records committed meanwhile nudged the worker: they are taken together at its next look.
            if (batch.size() < BATCH) break;
        }
        return placed;
    }

    /** Scores and places one batch of markers; returns how many this instance placed. */
    int process(List<PendingRepository.Pending> batch) {
        Map<String, PersonFacts> facts = persons.byIds(batch.stream().map(PendingRepository.Pending::personId).toList())
                .stream().collect(Collectors.toMap(PersonFacts::personId, Function.identity()));
        int version = index.modelVersion();
        double threshold = index.threshold(), possible = index.possibleThreshold();
        List<Placer.Scored> scored = new ArrayList<>();
        for (PendingRepository.Pending p : batch) {
            PersonFacts f = facts.get(p.personId());
            List<Candidate> candidates = List.of();
            if (f != null) {
                Record record = PersonRecords.of(f);
                try {
                    candidates = index.search(record, 10, possible);
                } catch (InvalidValueException e) {
                    log.warn("person {} not matched: {}", p.personId(), e.getMessage());
                }
                index.add(record);
            }
            scored.add(new Placer.Scored(p.personId(), p.rematch(), candidates, version, threshold, possible));
        }
        Map<String, PendingRepository.Pending> read = batch.stream()
                .collect(Collectors.toMap(PendingRepository.Pending::personId, Function.identity(), (a, b) -> a));
        String operationId = Ids.newId();
        Map<String, String> placedNow = new HashMap<>();
        int placed = 0;
        for (int from = 0; from < scored.size(); from += writeChunk) {
            List<Placer.Scored> chunk = scored.subList(from, Math.min(scored.size(), from + writeChunk));
            Integer n = tx.execute(s -> {
                // All of the chunk's markers in one batch, then its records placed together: a few
                // statements per chunk rather than several per record.
                Set<String> taken = pending.takeAll(chunk.stream().map(one -> read.get(one.personId())).toList());
                List<Placer.Scored> toPlace = chunk.stream()
                        .filter(one -> taken.contains(one.personId()) && facts.containsKey(one.personId())).toList();
                placer.placeAll(operationId, toPlace, placedNow);
                return toPlace.size();
            });
            placed += n == null ? 0 : n;
        }
        return placed;
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
