package am.haven.tracing;

import am.haven.changes.ChangeFeed;
import am.haven.changes.PersonChange;
import am.haven.changes.Projection;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import am.haven.support.StillLoadingException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search index in step with registration, as a projection of the change
 * feed. At start-up the index is filled from registration's read door (small populations
 * synchronously, so the first request already finds everyone; large ones in the background while
 * the application serves); from then on every registration and correction made through any
 * instance is applied in feed order, a few hundred milliseconds after its commit at most.
 * Its thread also runs tracing's other background work ({@link #submit}).
 */
@Component
class TracingWorker implements Projection, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TracingWorker.class);
    private static final int SYNCHRONOUS_LOAD_LIMIT = 50_000;

    private final SearchIndex index;
    private final RegisteredPersons persons;
    private final ChangeFeed feed;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "haven-tracing");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong loadedFrom = new AtomicLong(-1);
    private volatile boolean loaded;

    TracingWorker(SearchIndex index, RegisteredPersons persons, ChangeFeed feed) {
        this.index = index;
        this.persons = persons;
        this.feed = feed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (persons.count() <= SYNCHRONOUS_LOAD_LIMIT) {
            fill();
        } else {
            worker.submit(this::fill);
        }
    }

    private void fill() {
        long start = System.nanoTime();
        long from = feed.head();
        persons.forEach(index::add);
        loaded = true;
        loadedFrom.set(from);
        log.info("tracing search index: {} persons in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** True once every registered person present at start-up is indexed. */
    boolean loaded() {
        return loaded;
    }

    /** Refuses a search before then: it would silently miss everyone not loaded yet (answered 503). */
    void requireLoaded() {
        if (!loaded) throw new StillLoadingException("the tracing search index");
    }

    @Override
    public String name() {
        return "search-index";
    }

    @Override
    public OptionalLong takeStart() {
        long from = loadedFrom.getAndSet(-1);
        return from < 0 ? OptionalLong.empty() : OptionalLong.of(from);
    }

    /**
     * Replaces the changed persons' entries with what they say now: a new member is found, a
     * corrected name is found under the new name only, withdrawn consent leaves the public finder,
     * an erased person leaves the index.
     */
    @Override
    public void apply(List<PersonChange> changes) {
        Projection.replaceOrRemove(changes, persons::byIds, PersonFacts::personId, index::add, index::remove);
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
