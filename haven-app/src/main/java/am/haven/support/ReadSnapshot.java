package am.haven.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs several reads against one state of the database, so that an answer built from several
 * queries (a report's totals and its breakdowns) never mixes two states: de-duplication may move
 * records between identities between two of the queries.
 *
 * <p>On PostgreSQL the reads run in a read-only REPEATABLE READ transaction. On SQLite Haven's
 * transactions begin IMMEDIATE and take the single write lock, which would stall registrations for
 * as long as a report reads; here the reads share one connection in a DEFERRED transaction instead,
 * which in WAL mode keeps the snapshot of its first read and takes no write lock. The reads must
 * not start a transaction of their own.
 */
@Component
public class ReadSnapshot {

    private static final Logger log = LoggerFactory.getLogger(ReadSnapshot.class);

    private final DataSource dataSource;
    private final TransactionTemplate repeatableRead;

    public ReadSnapshot(DataSource dataSource, PlatformTransactionManager txManager, Dialect dialect) {
        this.dataSource = dataSource;
        if (dialect == Dialect.SQLITE) {
            this.repeatableRead = null;
        } else {
            TransactionTemplate t = new TransactionTemplate(txManager);
            t.setReadOnly(true);
            t.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
            this.repeatableRead = t;
        }
    }

    /** What {@code reads} returns, every query in it reading the same state. */
    public <T> T read(Supplier<T> reads) {
        if (repeatableRead != null) return repeatableRead.execute(s -> reads.get());
        // Already inside a transaction (or another snapshot): its connection already reads one state.
        if (TransactionSynchronizationManager.hasResource(dataSource)) return reads.get();
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "BEGIN DEFERRED");
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(connection));
            T result;
            try {
                result = reads.get();
            } catch (RuntimeException | Error e) {
                end(connection, e);
                throw e;
            }
            end(connection, null);
            return result;
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("could not open a read snapshot", e);
        }
    }

    /**
     * Unbinds the connection and ends its transaction. Nothing was written, so commit and rollback
     * are the same. The connection must not go back to the pool inside the transaction: if neither
     * ends it, the pool drops the connection.
     */
    private void end(Connection connection, Throwable failure) {
        TransactionSynchronizationManager.unbindResource(dataSource);
        try {
            execute(connection, "COMMIT");
        } catch (SQLException commit) {
            log.debug("commit of a read snapshot failed ({}); rolling back", commit.toString());
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException rollback) {
                log.warn("a read snapshot could not be ended ({}); its connection is dropped", rollback.toString());
                if (failure != null) failure.addSuppressed(rollback);
                evict(connection);
            }
        }
    }

    /** The pool may sit behind {@link GuardedDataSource}, so it is unwrapped rather than cast. */
    private void evict(Connection connection) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
        } catch (SQLException e) {
            log.warn("could not evict a connection from the pool: {}", e.toString());
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
