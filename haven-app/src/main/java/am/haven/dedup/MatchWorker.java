package am.haven.dedup;

import am.haven.changes.ChangeBatch;
import am.haven.changes.ChangeFeed;
import am.haven.changes.SharedConsumer;
import am.haven.match.Candidate;
import am.haven.match.InvalidValueException;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.support.Dialect;
import am.haven.support.Ids;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matching, as a consumer of the change feed shared by all instances: each batch of registrations
 * and corrections is scored against the person index (outside any transaction; the index already
 * holds every entry of the batch, applied by the dispatcher just before), then the records are
 * placed a few per transaction, each transaction moving the shared cursor over the entries it
 * placed. An instance that finds the cursor moved by another rolls back and leaves the rest.
 *
 * <p>Corrections are matched again: machine placements follow the new values; human ones stay.
 * While a relink runs anywhere, matching waits, and the relink moves the cursor over what it linked.
 */
@Service
public class MatchWorker implements SharedConsumer {

    private static final Logger log = LoggerFactory.getLogger(MatchWorker.class);
    /** The cursor's name. */
    static final String CONSUMER = "matching";
    static final int BATCH = 500;
    /**
     * Records placed per write transaction on SQLite, where each transaction holds the only write
     * lock that registrations wait for; on PostgreSQL a batch is one transaction (fewer commits).
     */
    static final int SQLITE_WRITE_CHUNK = 25;

    private final ChangeFeed feed;
    private final RegisteredPersons persons;
    private final PersonIndex index;
    private final Placer placer;
    private final JobRepository jobs;
    private final TransactionTemplate tx;
    private final int writeChunk;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "haven-dedup-index");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean paused;

    MatchWorker(ChangeFeed feed, RegisteredPersons persons, PersonIndex index, Placer placer,
                JobRepository jobs, PlatformTransactionManager txManager, Dialect dialect) {
        this.feed = feed;
        this.persons = persons;
        this.index = index;
        this.placer = placer;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(txManager);
        this.writeChunk = dialect == Dialect.SQLITE ? SQLITE_WRITE_CHUNK : BATCH;
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
        thread.scheduleWithFixedDelay(() -> {
            try {
                index.followActiveModel();
            } catch (RuntimeException e) {
                log.warn("could not check the active model: {}", e.toString());
            }
        }, 5, 5, TimeUnit.SECONDS);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public int batchSize() {
        return BATCH;
    }

    @Override
    public boolean ready() {
        return !paused && index.isReady() && jobs.running().isEmpty();
    }

    /** Entries of the feed not matched yet. */
    public long waiting() {
        return feed.behind(CONSUMER);
    }

    /** Stops matching (this instance) until {@link #resume}; entries keep accumulating. */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    @Override
    public void apply(ChangeBatch batch) {
        process(batch);
    }

    /**
     * Scores and places one batch of entries; returns how many records this instance placed. Stops
     * at the first chunk whose entries another instance placed meanwhile.
     */
    int process(ChangeBatch batch) {
        Map<String, PersonFacts> facts = persons.byIds(batch.personIds()).stream()
                .collect(Collectors.toMap(PersonFacts::personId, Function.identity()));
        int version = index.modelVersion();
        double threshold = index.threshold(), possible = index.possibleThreshold();
        Map<String, List<Candidate>> candidates = new HashMap<>();
        for (String personId : batch.personIds()) {
            PersonFacts f = facts.get(personId);
            if (f == null) continue;
            try {
                candidates.put(personId, index.search(PersonRecords.of(f), 10, possible));
            } catch (InvalidValueException e) {
                log.warn("person {} not matched: {}", personId, e.getMessage());
                candidates.put(personId, List.of());
            }
        }
        String operationId = Ids.newId();
        Map<String, String> placedNow = new HashMap<>();
        int placed = 0;
        for (int from = 0; from < batch.changes().size(); from += writeChunk) {
            ChangeBatch chunk = batch.slice(from, Math.min(batch.changes().size(), from + writeChunk));
            List<Placer.Scored> toPlace = new ArrayList<>();
            chunk.replacedValuesByPerson().forEach((personId, rematch) -> {
                if (facts.containsKey(personId)) {
                    toPlace.add(new Placer.Scored(personId, rematch, candidates.get(personId), version, threshold, possible));
                }
            });
            Map<String, String> placedInChunk = new HashMap<>(placedNow);
            boolean applied = Boolean.TRUE.equals(tx.execute(s -> {
                if (!feed.advance(CONSUMER, chunk.from(), chunk.to())) {
                    s.setRollbackOnly();
                    return false;
                }
                placer.placeAll(operationId, toPlace, placedInChunk);
                return true;
            }));
            if (!applied) {
                log.debug("entries {}..{} were matched by another instance", chunk.from(), chunk.to());
                break;
            }
            placedNow = placedInChunk;
            placed += toPlace.size();
        }
        return placed;
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
