package am.haven.support;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What is wrong with the database when a request fails because of it rather than because of the
 * request: the one place that reads a failure's cause chain, so the API, the pages, the desk and
 * health all tell a clerk and an operator the same thing ({@code docs/operations.md}).
 *
 * <p>A failure that is not the database's (a unique key, a bad value) is not trouble: it keeps its
 * own answer, and nothing here turns a bug into a 503.
 */
public record DatabaseTrouble(Kind kind) {

    /** The kinds a clerk is told apart: each has its own problem type, message and retry delay. */
    public enum Kind {
        /** No connection: the server is down, refuses, or the pool could not get one in time. */
        UNREACHABLE("database-unavailable", 5),
        /** Connected, but the answer did not come in time (statement or socket timeout, a lock held too long). */
        SLOW("database-slow", 5),
        /** The volume holding the data is full. */
        DISK_FULL("disk-full", 60),
        /** The data cannot be written for another reason of the storage (I/O error, read-only file). */
        STORAGE("storage-error", 30);

        private final String slug;
        private final int retryAfterSeconds;

        Kind(String slug, int retryAfterSeconds) {
            this.slug = slug;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** The last word of the problem type ({@code urn:haven:problem:…}) and of its messages' keys. */
        public String slug() {
            return slug;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private static final int MAX_DEPTH = 32;

    /**
     * The trouble behind {@code failure}, or empty when the failure is not the database's. The
     * deepest cause that tells wins: Spring wraps a full disk on PostgreSQL (53100) in the same
     * {@code DataAccessResourceFailureException} as a lost connection. A rollback that failed after
     * the work failed hides the work's failure behind its own, so that one is read too.
     */
    public static Optional<DatabaseTrouble> of(Throwable failure) {
        Kind found = null;
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            Kind kind = kindOf(t);
            if (kind != null) found = kind;
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                Optional<DatabaseTrouble> work = of(rollback.getApplicationException());
                if (work.isPresent() && found == null) found = work.get().kind();
            }
        }
        return Optional.ofNullable(found).map(DatabaseTrouble::new);
    }

    private static Kind kindOf(Throwable t) {
        if (t instanceof CallNotPermittedException || t instanceof ConnectException) return Kind.UNREACHABLE;
        if (t instanceof SocketException || t instanceof DataAccessResourceFailureException) return Kind.UNREACHABLE;
        if (t instanceof SocketTimeoutException || t instanceof TimeoutException) return Kind.SLOW;
        if (t instanceof org.springframework.dao.QueryTimeoutException) return Kind.SLOW;
        if (t instanceof SQLiteException e) return sqlite(e.getResultCode());
        if (t instanceof SQLTimeoutException) return Kind.SLOW;
        // The pool's own timeout: with a cause, the database refused (the cause says so, and the
        // deepest cause wins); without one, every connection was busy: slow, not gone.
        if (t instanceof SQLTransientConnectionException) return Kind.SLOW;
        if (t instanceof SQLException e && e.getSQLState() != null) return sqlState(e.getSQLState());
        return null;
    }

    /** sqlite-jdbc reports extended result codes; the primary code is the low byte. */
    private static Kind sqlite(SQLiteErrorCode code) {
        if (code == null) return null;
        return switch (code.code & 0xff) {
            case 13 -> Kind.DISK_FULL;               // SQLITE_FULL
            case 5, 6 -> Kind.SLOW;                  // SQLITE_BUSY, SQLITE_LOCKED: busy_timeout passed
            case 10, 8, 14 -> Kind.STORAGE;          // SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN
            default -> null;
        };
    }

    /** PostgreSQL's SQLSTATE classes: 08 connection, 57 operator intervention, 53 insufficient resources. */
    private static Kind sqlState(String state) {
        if (state.startsWith("08")) return Kind.UNREACHABLE;
        return switch (state) {
            case "57P01", "57P02", "57P03" -> Kind.UNREACHABLE; // admin shutdown, crash shutdown, cannot connect now
            case "57014" -> Kind.SLOW;                          // statement_timeout cancelled the statement
            case "53100" -> Kind.DISK_FULL;
            case "53000", "53200", "53300" -> Kind.UNREACHABLE; // out of memory, too many connections
            default -> null;
        };
    }
}
