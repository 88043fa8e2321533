package am.haven.tracing;

import am.haven.registration.HouseholdRegistered;
import am.haven.registration.RegisteredPersons;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 */
@Component
class TracingWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TracingWorker.class);
    private static final int SYNCHRONOUS_LOAD_LIMIT = 50_000;

    private final SearchIndex index;
    private final RegisteredPersons persons;
    private final CaseMatcher matcher;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "haven-tracing");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean loaded;

    TracingWorker(SearchIndex index, RegisteredPersons persons, CaseMatcher matcher) {
        this.index = index;
        this.persons = persons;
        this.matcher = matcher;
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
        persons.forEach(index::add);
        loaded = true;
        log.info("tracing search index: {} persons in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** True once every registered person present at start-up is indexed. */
    boolean loaded() {
        return loaded;
    }

    @TransactionalEventListener
    void registered(HouseholdRegistered event) {
        List<String> ids = List.copyOf(event.personIds());
        worker.submit(() -> {
            try {
                persons.byIds(ids).forEach(index::add);
                matcher.matchNewPersons(ids);
            } catch (RuntimeException e) {
                log.error("tracing could not index or match persons {}: {}", ids, e.toString(), e);
            }
        });
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
