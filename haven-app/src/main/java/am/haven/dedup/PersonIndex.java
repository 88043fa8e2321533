package am.haven.dedup;

import am.haven.match.Candidate;
import am.haven.match.InvalidValueException;
import am.haven.match.MatchIndex;
import am.haven.match.Record;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one in-memory index of every registered person, shared by de-duplication (matching at
 * registration, the desk preview) and tracing (cross-script search). It is a cache: built at
 * start-up from {@link RegisteredPersons#forEach}, kept current as records are matched here, and
 * caught up with records that other instances matched ({@link #catchUp}).
 *
 * <p>Field names of queries are those of {@link PersonRecords} ({@code given_name}, {@code family_name},
 * {@code patronymic}, {@code birth_date}, {@code sex}, {@code phone}, {@code document}, {@code origin});
 * names may be in any script.
 */
@Service
public class PersonIndex {

    private static final Logger log = LoggerFactory.getLogger(PersonIndex.class);

    /** A built index and the model version it scores with. */
    private record Built(int modelVersion, MatchIndex index) {}

    private final RegisteredPersons persons;
    private final IdentityRepository identities;
    private final ActiveModel models;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicInteger skipped = new AtomicInteger();
    private volatile Built built;
    private volatile Instant caughtUpTo = Instant.EPOCH;

    PersonIndex(RegisteredPersons persons, IdentityRepository identities, ActiveModel models) {
        this.persons = persons;
        this.identities = identities;
        this.models = models;
    }

    /**
     * The registered persons most likely to be the person described by {@code fields}, most probable
     * first, each with its probability and the per-field explanation. Waits for the start-up build.
     */
    public List<Candidate> search(Map<String, String> fields, int limit, double minProbability) {
        return search(new Record("query", fields), limit, minProbability);
    }

    /** Like {@link #search(Map, int, double)} with a record (its id is never returned as a candidate). */
    public List<Candidate> search(Record query, int limit, double minProbability) {
        return awaitBuilt().index().match(query, limit, minProbability);
    }

    /** True once the start-up build has finished. */
    public boolean isReady() {
        return ready.getCount() == 0;
    }

    /** Number of records indexed. */
    public int size() {
        Built b = built;
        return b == null ? 0 : b.index().size();
    }

    /** The version of the stored model the index scores with. */
    public int modelVersion() {
        return awaitBuilt().modelVersion();
    }

    /** The match threshold and lower edge of the review band of the model in use. */
    public double threshold() {
        return awaitBuilt().index().threshold();
    }

    public double possibleThreshold() {
        return awaitBuilt().index().possibleThreshold();
    }

    boolean contains(String personId) {
        Built b = built;
        return b != null && b.index().contains(personId);
    }

    /** Adds or replaces a record; a value the engine cannot read leaves the record out (logged). */
    void add(Record record) {
        try {
            awaitBuilt().index().add(record);
        } catch (InvalidValueException e) {
            skipped.incrementAndGet();
            log.warn("person {} not indexed: {}", record.id(), e.getMessage());
        }
    }

    void addAll(Collection<PersonFacts> facts) {
        facts.forEach(f -> add(PersonRecords.of(f)));
    }

    /** Builds the index from every registered person with the active model; blocks the caller. */
    void build() {
        caughtUpTo = Instant.now().minus(Duration.ofMinutes(1));
        ActiveModel.Versioned model = models.refresh();
        built = new Built(model.version(), fill(model.linker().newIndex()));
        ready.countDown();
        log.info("person index built: {} records, model version {}", built.index().size(), model.version());
    }

    /** Re-builds with the now active model and swaps it in; searches keep using the old index meanwhile. */
    synchronized void rebuild() {
        Instant started = Instant.now();
        ActiveModel.Versioned model = models.refresh();
        MatchIndex fresh = fill(model.linker().newIndex());
        built = new Built(model.version(), fresh);
        ready.countDown();
        caughtUpTo = started.minus(Duration.ofMinutes(1));
        catchUp();
    }

    private MatchIndex fill(MatchIndex index) {
        persons.forEach(f -> {
            try {
                index.add(PersonRecords.of(f));
            } catch (InvalidValueException e) {
                skipped.incrementAndGet();
                log.warn("person {} not indexed: {}", f.personId(), e.getMessage());
            }
        });
        return index;
    }

    /**
     * Adds records that other instances placed since the last call, replaces the records of households
     * corrected since then (with a minute of overlap for clocks and slow commits), and rebuilds when
     * another instance activated a new model.
     */
    synchronized void catchUp() {
        if (!isReady()) return;
        if (models.refresh().version() != built.modelVersion()) {
            rebuild();
            return;
        }
        Instant now = Instant.now();
        String since = am.haven.support.Timestamps.format(caughtUpTo.minus(Duration.ofMinutes(1)));
        List<String> missing = identities.assignedSince(since).stream().filter(id -> !contains(id)).toList();
        if (!missing.isEmpty()) addAll(persons.byIds(missing));
        // Corrections made through any instance: the record is replaced with its current values, so
        // later registrations here are scored against what the record says now.
        addAll(persons.inHouseholdsCorrectedSince(since).stream().filter(f -> contains(f.personId())).toList());
        caughtUpTo = now;
    }

    private Built awaitBuilt() {
        try {
            if (!ready.await(10, TimeUnit.MINUTES)) throw new IllegalStateException("person index not built after 10 minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the person index", e);
        }
        return built;
    }
}
