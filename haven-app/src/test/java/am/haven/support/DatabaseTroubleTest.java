package am.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.support.DatabaseTrouble.Kind;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseTroubleTest {

    private static Optional<Kind> kind(Throwable t) {
        return DatabaseTrouble.of(t).map(DatabaseTrouble::kind);
    }

    @Test
    void a_refused_or_timed_out_connection_is_the_database_being_unreachable() {
        var refused = new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(kind(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001", refused))))
                .contains(Kind.UNREACHABLE);
        assertThat(kind(new CannotGetJdbcConnectionException("circuit open",
                new SQLTransientConnectionException("not tried", "08001", CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("db"))))))
                .contains(Kind.UNREACHABLE);
    }

    @Test
    void a_pool_whose_connections_are_all_busy_is_slow_not_unreachable() {
        assertThat(kind(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms (total=10, active=10)"))))
                .contains(Kind.SLOW);
    }

    @Test
    void a_statement_or_socket_timeout_and_a_busy_sqlite_are_the_database_being_slow() {
        assertThat(kind(new DataAccessResourceFailureException("cancelled", new PSQLException("canceling statement due to statement timeout", PSQLState.QUERY_CANCELED))))
                .contains(Kind.SLOW);
        assertThat(kind(new DataAccessResourceFailureException("io", new PSQLException("read timed out", PSQLState.CONNECTION_FAILURE, new SocketTimeoutException("Read timed out")))))
                .contains(Kind.SLOW);
        assertThat(kind(new UncategorizedSQLException("insert", "INSERT …", new SQLiteException("[SQLITE_BUSY] locked", SQLiteErrorCode.SQLITE_BUSY))))
                .contains(Kind.SLOW);
    }

    @Test
    void a_full_disk_is_named_on_both_databases_even_inside_springs_resource_failure() {
        // PostgreSQL's disk_full; Spring translates SQLSTATE class 53 to a resource failure.
        assertThat(kind(new DataAccessResourceFailureException("insert", new SQLException("could not extend file: No space left on device", "53100"))))
                .contains(Kind.DISK_FULL);
        assertThat(kind(new UncategorizedSQLException("commit", "COMMIT", new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL))))
                .contains(Kind.DISK_FULL);
        assertThat(kind(new UncategorizedSQLException("write", "INSERT", new SQLiteException("[SQLITE_IOERR_WRITE]", SQLiteErrorCode.SQLITE_IOERR_WRITE))))
                .contains(Kind.STORAGE);
    }

    @Test
    void a_failed_rollback_does_not_hide_that_the_work_lost_its_connection() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("insert",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));
        assertThat(kind(rollback)).contains(Kind.UNREACHABLE);
    }

    @Test
    void a_failure_of_the_request_itself_is_not_trouble_of_the_database() {
        assertThat(kind(new DataIntegrityViolationException("duplicate key", new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION)))).isEmpty();
        assertThat(kind(new UncategorizedSQLException("x", "SELECT", new SQLiteException("[SQLITE_CONSTRAINT]", SQLiteErrorCode.SQLITE_CONSTRAINT)))).isEmpty();
        assertThat(kind(new IllegalArgumentException("bad value"))).isEmpty();
    }
}
