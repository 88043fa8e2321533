package am.haven.registration;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes new households, each in a transaction that commits before the caller is answered.
 *
 * <p>On SQLite every commit is an fsync and only one writer can hold the database, so concurrent
 * registrations would queue behind one another's fsyncs (and SQLite's busy handler sleeps). Here
 * one writer thread takes whatever registrations are waiting, writes each inside its own savepoint
 * (one bad registration does not fail the others) and commits them together: a group commit. Every
 * caller still waits for the commit that holds its household, so an acknowledged registration is
 * durable. PostgreSQL handles concurrent writers itself, but one transaction per registration on
 * the caller's thread cost more: measured on 2 cores with 16 clients, group commit took the server
 * from 5.0 to 3.2 s of CPU per 1,000 households and from 199 to 311 households/s (docs/benchmarks.md),
 * so both databases use it unless {@code haven.registration.group-commit=off}.
 */
@Component
class RegistrationWriter {

    private static final Logger log = LoggerFactory.getLogger(RegistrationWriter.class);
    private static final int MAX_BATCH = 64;

    private final HouseholdNumbers numbers;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;

    RegistrationWriter(HouseholdNumbers numbers, PlatformTransactionManager txManager, ApplicationEventPublisher events,
                       @Value("${haven.registration.group-commit:on}") String groupCommit) {
        this.numbers = numbers;
        this.tx = new TransactionTemplate(txManager);
        this.events = events;
        boolean group = !"off".equals(groupCommit);
        this.writer = group ? new Thread(this::drain, "registration-writer") : null;
        if (writer != null) {
            writer.setDaemon(true);
            writer.start();
        }
    }

    /**
     * Runs {@code work} with a fresh household number inside a transaction and returns its result
     * once committed; the event {@code eventOf} makes of the result is published in that transaction.
     */
    <T> T write(Function<String, T> work, Function<T, Object> eventOf) {
        if (writer == null) {
            String number = numbers.next();
            return tx.execute(s -> {
                T result = work.apply(number);
                events.publishEvent(eventOf.apply(result));
                return result;
            });
        }
        Pending<T> pending = new Pending<>(work, eventOf, new CompletableFuture<>());
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
            writeBatch(batch);
        }
    }

    private void writeBatch(List<Pending<?>> batch) {
        List<Runnable> completions = new ArrayList<>();
        try {
            List<String> batchNumbers = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) batchNumbers.add(numbers.next());
            tx.executeWithoutResult(status -> {
                List<Object> toPublish = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    completions.add(runInSavepoint(batch.get(i), batchNumbers.get(i), status, toPublish));
                }
                toPublish.forEach(events::publishEvent);
            });
            completions.forEach(Runnable::run);
        } catch (RuntimeException e) {
            log.warn("a group of {} registrations failed to commit: {}", batch.size(), e.toString());
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    private static <T> Runnable runInSavepoint(Pending<T> p, String number, TransactionStatus status, List<Object> toPublish) {
        Object savepoint = status.createSavepoint();
        try {
            T result = p.work().apply(number);
            toPublish.add(p.eventOf().apply(result));
            status.releaseSavepoint(savepoint);
            return () -> p.done().complete(result);
        } catch (RuntimeException e) {
            status.rollbackToSavepoint(savepoint);
            return () -> p.done().completeExceptionally(e);
        }
    }

    @PreDestroy
    void stop() {
        if (writer != null) writer.interrupt();
    }

    private record Pending<T>(Function<String, T> work, Function<T, Object> eventOf, CompletableFuture<T> done) {}
}
