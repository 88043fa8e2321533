package am.haven.changes;

import am.haven.support.DatabaseTrouble;
import am.haven.support.SpacedRuns;
import am.haven.support.Timestamps;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the feed to its consumers on one thread per instance: after every commit through this
 * instance (within {@link #GAP}) and every {@link #POLL} for commits through other instances.
 * Each round reads the head once, brings every projection up to it, then lets each shared
 * consumer apply what lies between its cursor and the head; a shared consumer therefore always
 * works against projections that already hold every entry of its batch. Only the web application
 * dispatches: command-line tools write entries and leave them for the server.
 */
@Component
public class ChangeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ChangeDispatcher.class);
    static final Duration GAP = Duration.ofMillis(50);
    static final Duration POLL = Duration.ofMillis(200);
    /** Entries read per statement for a projection. */
    static final int PROJECTION_PAGE = 5_000;
    /** Entries every shared consumer applied are kept this long, for instances that fell behind. */
    static final Duration KEEP = Duration.ofDays(1);
    private static final long PRUNE_EVERY_ROUNDS = 3_000;

    private final ChangeRepository changes;
    private final List<Projection> projections;
    private final List<SharedConsumer> consumers;
    private final Map<String, Long> positions = new HashMap<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "haven-changes");
        t.setDaemon(true);
        return t;
    });
    private final SpacedRuns rounds = new SpacedRuns(thread, GAP, this::round);
    private long roundsRun;

    ChangeDispatcher(ChangeRepository changes, ChangeFeed feed, List<Projection> projections, List<SharedConsumer> consumers) {
        this.changes = changes;
        this.projections = projections;
        this.consumers = consumers;
        feed.onCommitted(this::nudge);
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) return;
        long head = changes.head();
        for (SharedConsumer c : consumers) changes.createCursor(c.name(), head);
        thread.scheduleWithFixedDelay(rounds::run, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a round soon (coalesced with other asks). */
    void nudge() {
        rounds.ask();
    }

    /** Runs a round on the dispatcher thread, after the one in progress, and waits for it (tests). */
    public void awaitRound() throws Exception {
        thread.submit(this::round).get(30, TimeUnit.SECONDS);
    }

    /** Whether the last round failed because of the database (only this dispatcher's thread reads or writes it). */
    private boolean troubled;

    private void round() {
        try {
            long head = changes.head();
            for (Projection p : projections) follow(p, head);
            for (SharedConsumer c : consumers) deliver(c, head);
            if (++roundsRun % PRUNE_EVERY_ROUNDS == 0) prune();
            if (troubled) log.info("change feed: the database answers again; following resumes");
            troubled = false;
        } catch (RuntimeException e) {
            // Positions stay where they are: the next round retries from there.
            var trouble = DatabaseTrouble.of(e);
            if (trouble.isEmpty()) {
                log.warn("change feed round failed: {}", e.toString(), e);
            } else if (!troubled) {
                // Said once per outage, not five times a second.
                log.warn("change feed waits: {} ({})", trouble.get().kind().slug(), e.toString());
            }
            troubled = trouble.isPresent();
        }
    }

    private void follow(Projection p, long head) {
        p.takeStart().ifPresent(start -> positions.put(p.name(), start));
        Long at = positions.get(p.name());
        if (at == null) return;
        long pos = at;
        while (pos < head) {
            List<PersonChange> page = changes.between(pos, head, PROJECTION_PAGE);
            if (page.isEmpty()) break;
            p.apply(page);
            pos = page.get(page.size() - 1).seq();
            positions.put(p.name(), pos);
        }
    }

    private void deliver(SharedConsumer c, long head) {
        while (c.ready()) {
            long pos = changes.position(c.name()).orElse(head);
            if (pos >= head) return;
            List<PersonChange> page = changes.between(pos, head, c.batchSize());
            if (page.isEmpty()) return;
            c.apply(new ChangeBatch(pos, page));
            // Moved by this instance, by another one, or not at all (the consumer stopped): read it again.
            if (changes.position(c.name()).orElse(pos) == pos) return;
        }
    }

    private void prune() {
        int deleted = changes.deleteApplied(changes.lowestCursor(), Timestamps.format(Instant.now().minus(KEEP)));
        if (deleted > 0) log.info("change feed: {} applied entries older than {} deleted", deleted, KEEP);
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
