package am.haven.support;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions on SQLite, queued in this JVM instead of in SQLite's busy handler.
 *
 * <p>With {@code transaction_mode=IMMEDIATE} every transaction takes SQLite's single write lock at
 * {@code BEGIN}. A thread that finds it taken is put to sleep by SQLite's busy handler for 1, 2, 5,
 * 10 … up to 100 ms before it looks again, however soon the lock is free: the registration writer
 * and the de-duplication worker took turns sleeping that way (a profile under load showed both
 * threads waiting in {@code BEGIN} most of the time, and the tail latency of registrations in the
 * hundreds of milliseconds). Here a fair lock hands SQLite's write lock from one transaction to the
 * next the moment it is released, in arrival order. Other processes on the same file (the
 * command-line tools) still meet SQLite's busy timeout; a thread waits here no longer than that
 * timeout either, and then fails as SQLite would have.
 */
public class SqliteTransactionManager extends JdbcTransactionManager {

    private static final Pattern BUSY_TIMEOUT = Pattern.compile("[?&]busy_timeout=(\\d+)");

    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final long busyTimeoutMillis;

    public SqliteTransactionManager(DataSource dataSource, String url) {
        super(dataSource);
        Matcher m = BUSY_TIMEOUT.matcher(url);
        this.busyTimeoutMillis = m.find() ? Long.parseLong(m.group(1)) : 10_000;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        acquire();
        try {
            super.doBegin(transaction, definition);
        } catch (RuntimeException | Error e) {
            writeLock.unlock();
            throw e;
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        } finally {
            writeLock.unlock();
        }
    }

    private void acquire() {
        try {
            if (!writeLock.tryLock(busyTimeoutMillis, TimeUnit.MILLISECONDS)) {
                // A timeout in the cause marks it as the database's trouble (slow), not the request's.
                throw new CannotCreateTransactionException(
                        "SQLite database busy: no transaction could start within " + busyTimeoutMillis + " ms",
                        new java.util.concurrent.TimeoutException("write lock held by another transaction of this instance"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotCreateTransactionException("interrupted while waiting to start an SQLite transaction", e);
        }
    }
}
