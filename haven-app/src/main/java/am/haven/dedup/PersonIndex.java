package am.haven.dedup;

import am.haven.changes.ChangeFeed;
import am.haven.changes.PersonChange;
import am.haven.changes.Projection;
import am.haven.match.Candidate;
import am.haven.match.InvalidValueException;
import am.haven.match.MatchIndex;
import am.haven.match.Record;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.support.StillLoadingException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one in-memory index of every registered person that de-duplication matches against (at
 * registration, at the desk preview). It is this instance's projection of the change feed: built
 * at start-up from {@link RegisteredPersons#forEach}, then kept current by applying every
 * registration and correction made through any instance, in feed order, before matching
 * applies the same entries. A record registered on another instance a moment ago is therefore
 * in the index before anything registered after it is matched.
 *
 * <p>Field names of queries are those of {@link PersonRecords} ({@code given_name}, {@code family_name},
 * {@code patronymic}, {@code birth_date}, {@code sex}, {@code phone}, {@code document}, {@code origin});
 * names may be in any script.
 */
@Service
public class PersonIndex implements Projection {

    private static final Logger log = LoggerFactory.getLogger(PersonIndex.class);

    /** A built index and the model version it scores with. */
    private record Built(int modelVersion, MatchIndex index) {}

    private final RegisteredPersons persons;
    private final ChangeFeed feed;
    private final ActiveModel models;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicLong builtFrom = new AtomicLong(-1);
    private volatile Built built;

    PersonIndex(RegisteredPersons persons, ChangeFeed feed, ActiveModel models) {
        this.persons = persons;
        this.feed = feed;
        this.models = models;
    }

    @Override
    public String name() {
        return "person-index";
    }

    @Override
    public OptionalLong takeStart() {
        long from = builtFrom.getAndSet(-1);
        return from < 0 ? OptionalLong.empty() : OptionalLong.of(from);
    }

    /** Replaces the changed records with their current values; a record no longer in the database (erased) leaves the index. */
    @Override
    public void apply(List<PersonChange> changes) {
        if (!isReady()) throw new IllegalStateException("person index not built yet");
        Projection.replaceOrRemove(changes, persons::byIds, PersonFacts::personId, f -> add(PersonRecords.of(f)),
                id -> awaitBuilt().index().remove(id));
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
        // A request never waits for the build: an answer from part of the population would look complete.
        if (!isReady()) throw new StillLoadingException("the matching index");
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

    /** Builds the index from every registered person with the active model; blocks the caller. */
    void build() {
        long from = feed.head();
        ActiveModel.Versioned model = models.refresh();
        built = new Built(model.version(), fill(model.linker().newIndex()));
        ready.countDown();
        // Only now may the dispatcher apply entries: it applies from here to the new index.
        builtFrom.set(from);
        log.info("person index built: {} records, model version {}", built.index().size(), model.version());
    }

    /**
     * Re-builds with the now active model and swaps it in; searches keep using the old index
     * meanwhile, and the feed's entries since the build began are applied to the new one.
     */
    synchronized void rebuild() {
        long from = feed.head();
        ActiveModel.Versioned model = models.refresh();
        MatchIndex fresh = fill(model.linker().newIndex());
        built = new Built(model.version(), fresh);
        ready.countDown();
        builtFrom.set(from);
    }

    /** Re-builds when another instance activated a new model. */
    void followActiveModel() {
        if (isReady() && models.refresh().version() != built.modelVersion()) rebuild();
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
