package am.haven.registration;

import am.haven.support.SqlBatch;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

    RegistrationWriter(HouseholdNumbers numbers, PlatformTransactionManager txManager, HouseholdChanges changes,
                       JdbcTemplate jdbc, @Value("${haven.registration.group-commit:on}") String groupCommit) {
        this.numbers = numbers;
        this.tx = new TransactionTemplate(txManager);
        this.changes = changes;
        this.jdbc = jdbc;
        boolean group = !"off".equals(groupCommit);
        this.writer = group ? new Thread(this::drain, "registration-writer") : null;
        if (writer != null) {
            writer.setDaemon(true);
            writer.start();
        }
    }

    /**
     * Runs {@code work}, which adds a registration's rows to the batch it is given, with a fresh
     * household number, and returns its result once committed; the event {@code eventOf} makes of
     * the result is published in that transaction, after the rows are written.
     */
    <T> T write(BiFunction<String, SqlBatch, T> work, Function<T, HouseholdRegistered> eventOf) {
        Pending<T> pending = new Pending<>(work, eventOf, new CompletableFuture<>());
        if (writer == null) return alone(pending, numbers.next());
        queue.add(pending);
        try {
            return pending.done().get();
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
            writeGroup(batch);
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
            SqlBatch rows = new SqlBatch(jdbc);
            T result = p.work().apply(number, rows);
            rows.flush();
            changes.registered(p.eventOf().apply(result));
            return result;
        });
    }

    @PreDestroy
    void stop() {
        if (writer != null) writer.interrupt();
    }

    private record Pending<T>(BiFunction<String, SqlBatch, T> work, Function<T, HouseholdRegistered> eventOf, CompletableFuture<T> done) {}

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
