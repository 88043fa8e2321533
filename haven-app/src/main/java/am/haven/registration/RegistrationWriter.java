package am.haven.registration;

import am.haven.support.DatabaseTrouble;
import am.haven.support.Dialect;
import am.haven.support.SqlBatch;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes new households, each in a transaction that commits before the caller is answered.
 *
 * <p>On SQLite every commit is an fsync and only one writer can hold the database, so concurrent
 * registrations would queue behind one another's fsyncs (and SQLite's busy handler sleeps). Here
 * one writer thread takes whatever registrations are waiting and writes them in one transaction:
 * a group commit. Their rows are sent together, one batched statement per table for the whole
 * group, which on PostgreSQL saves a round trip per row. Every caller still waits for the commit
 * that holds its household, so an acknowledged registration is durable. When a group fails (a
 * retried idempotency key, say), each of its registrations is written again alone, so one bad
 * registration fails only itself. PostgreSQL handles concurrent writers itself, but one
 * transaction per registration on the caller's thread cost more (docs/benchmarks.md), so both
 * databases use group commit unless {@code haven.registration.group-commit=off}.
 *
 * <p>Waits are bounded. A caller waits at most {@code haven.registration.deadline} (5 s) and is then
 * told the database is slow (503); a registration not yet taken is dropped, one being written may
 * still commit, and the desk's idempotency key makes a retry find it. A group that the database
 * holds longer than {@code haven.registration.stall-after} has its connection aborted, so one
 * connection that stopped answering costs its group, not every registration behind it. A group that
 * fails because of the database is not retried registration by registration: that would wait out
 * the same timeout once per registration.
 */
@Component
class RegistrationWriter {

    private static final Logger log = LoggerFactory.getLogger(RegistrationWriter.class);
    private static final int MAX_BATCH = 64;

    private final HouseholdNumbers numbers;
    private final TransactionTemplate tx;
    private final HouseholdChanges changes;
    private final JdbcTemplate jdbc;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Duration deadline;
    private final Duration stallAfter;
    private final ScheduledExecutorService watchdog;
    /** Whether the watchdog aborts stalled groups (PostgreSQL), so the writer must say which connection it uses. */
    private final boolean watched;
    /** When the group being written began ({@link System#nanoTime}), or 0 between groups. */
    private volatile long groupStarted;
    /** The connection the group in progress writes on, so the watchdog can abort it. */
    private volatile Connection groupConnection;

    RegistrationWriter(HouseholdNumbers numbers, PlatformTransactionManager txManager, HouseholdChanges changes,
                       JdbcTemplate jdbc, @Value("${haven.registration.group-commit:on}") String groupCommit,
                       @Value("${haven.registration.deadline:5s}") Duration deadline,
                       @Value("${haven.registration.stall-after:5s}") Duration stallAfter, Dialect dialect) {
        this.numbers = numbers;
        this.deadline = deadline;
        this.stallAfter = stallAfter;
        this.tx = new TransactionTemplate(txManager);
        this.changes = changes;
        this.jdbc = jdbc;
        boolean group = !"off".equals(groupCommit);
        this.writer = group ? new Thread(this::drain, "registration-writer") : null;
        if (writer != null) {
            writer.setDaemon(true);
            writer.start();
            watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "registration-watchdog");
                t.setDaemon(true);
                return t;
            });
            // Only a network connection can stop answering; SQLite's waits are bounded by busy_timeout,
            // and closing its native connection under a running statement is not safe.
            watched = dialect == Dialect.POSTGRESQL;
            if (watched) watchdog.scheduleWithFixedDelay(this::abortStalledGroup, 1, 1, TimeUnit.SECONDS);
        } else {
            watchdog = null;
            watched = false;
        }
    }

    /** How long the oldest registration not yet committed has waited: zero when none waits. */
    Duration oldestWait() {
        long now = System.nanoTime();
        long oldest = now;
        long started = groupStarted;
        if (started != 0) oldest = Math.min(oldest, started);
        Pending<?> head = queue.peek();
        if (head != null) oldest = Math.min(oldest, head.enqueued());
        return Duration.ofNanos(now - oldest);
    }

    private void abortStalledGroup() {
        long started = groupStarted;
        Connection c = groupConnection;
        if (started == 0 || c == null || System.nanoTime() - started < stallAfter.toNanos()) return;
        log.warn("a group of registrations has waited on the database for more than {} s; aborting its connection", stallAfter.toSeconds());
        try {
            c.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            log.warn("could not abort the stalled connection: {}", e.toString());
        }
    }

    /**
     * Runs {@code work}, which adds a registration's rows to the batch it is given, with a fresh
     * household number, and returns its result once committed; the event {@code eventOf} makes of
     * the result is published in that transaction, after the rows are written.
     */
    <T> T write(BiFunction<String, SqlBatch, T> work, Function<T, HouseholdRegistered> eventOf) {
        Pending<T> pending = new Pending<>(work, eventOf, new CompletableFuture<>(), System.nanoTime());
        if (writer == null) return alone(pending, numbers.next());
        queue.add(pending);
        try {
            return pending.done().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.done().cancel(false);
            throw new QueryTimeoutException("the registration was not committed within " + deadline.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the registration to commit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    private void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Pending<?>> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            batch.removeIf(p -> p.done().isDone()); // its caller gave up waiting
            if (batch.isEmpty()) continue;
            groupStarted = System.nanoTime();
            try {
                writeGroup(batch);
            } finally {
                groupStarted = 0;
                groupConnection = null;
            }
        }
    }

    private void writeGroup(List<Pending<?>> batch) {
        List<String> batchNumbers = new ArrayList<>(batch.size());
        try {
            for (int i = 0; i < batch.size(); i++) batchNumbers.add(numbers.next());
        } catch (RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        if (batch.size() > 1) {
            try {
                List<Runnable> completions = tx.execute(status -> {
                    watch();
                    SqlBatch rows = new SqlBatch(jdbc);
                    List<Written<?>> written = new ArrayList<>(batch.size());
                    for (int i = 0; i < batch.size(); i++) written.add(Written.of(batch.get(i), batchNumbers.get(i), rows));
                    rows.flush();
                    written.forEach(w -> changes.registered(w.event()));
                    return written.stream().map(Written::completion).toList();
                });
                completions.forEach(Runnable::run);
                return;
            } catch (RuntimeException e) {
                if (DatabaseTrouble.of(e).isPresent()) {
                    log.warn("a group of {} registrations failed: {}", batch.size(), e.toString());
                    batch.forEach(p -> p.done().completeExceptionally(e));
                    return;
                }
                log.debug("a group of {} registrations failed ({}); writing each alone", batch.size(), e.toString());
            }
        }
        for (int i = 0; i < batch.size(); i++) writeAlone(batch.get(i), batchNumbers.get(i));
    }

    private <T> void writeAlone(Pending<T> p, String number) {
        try {
            p.done().complete(alone(p, number));
        } catch (RuntimeException e) {
            p.done().completeExceptionally(e);
        }
    }

    /** One registration in its own transaction. */
    private <T> T alone(Pending<T> p, String number) {
        return tx.execute(s -> {
            watch();
            SqlBatch rows = new SqlBatch(jdbc);
            T result = p.work().apply(number, rows);
            rows.flush();
            changes.registered(p.eventOf().apply(result));
            return result;
        });
    }

    /** Remembers the transaction's connection for the watchdog (only the writer thread's groups are watched). */
    private void watch() {
        if (watched && Thread.currentThread() == writer) groupConnection = jdbc.execute((ConnectionCallback<Connection>) c -> c);
    }

    /** On shutdown, registrations not yet taken are refused (their callers get 503), not left to their deadline. */
    @PreDestroy
    void stop() {
        if (writer == null) return;
        writer.interrupt();
        watchdog.shutdownNow();
        List<Pending<?>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.done().completeExceptionally(new QueryTimeoutException("Haven is shutting down",
                new TimeoutException("not written before shutdown"))));
    }

    private record Pending<T>(BiFunction<String, SqlBatch, T> work, Function<T, HouseholdRegistered> eventOf,
                              CompletableFuture<T> done, long enqueued) {}

    /** A registration whose rows are in the group's batch: its event, and how to answer its caller after the commit. */
    private record Written<T>(Pending<T> pending, T result) {
        static <T> Written<T> of(Pending<T> p, String number, SqlBatch rows) {
            return new Written<>(p, p.work().apply(number, rows));
        }

        HouseholdRegistered event() {
            return pending.eventOf().apply(result);
        }

        Runnable completion() {
            return () -> pending.done().complete(result);
        }
    }
}
