package am.haven.support;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool behind a circuit breaker, so that an outage costs one connection timeout rather than one
 * per request: after a few connections in a row could not be had, every request is refused at once
 * (and answered 503, {@link DatabaseTrouble}) until, a short pause later, one request is let
 * through to try; when it gets a connection, all are served again. Only trouble of the database
 * counts as a failure: a request's own bad SQL never opens the breaker.
 */
public class GuardedDataSource extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(GuardedDataSource.class);

    private final CircuitBreaker breaker;

    public GuardedDataSource(DataSource pool, Duration openFor) {
        super(pool);
        this.breaker = CircuitBreaker.of("database", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(4)
                .minimumNumberOfCalls(2)
                .failureRateThreshold(50)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> DatabaseTrouble.of(e).map(t -> t.kind() == DatabaseTrouble.Kind.UNREACHABLE).orElse(false))
                .build());
        breaker.getEventPublisher().onStateTransition(e ->
                log.warn("database circuit {}: {}", e.getStateTransition().getToState(),
                        switch (e.getStateTransition().getToState()) {
                            case OPEN -> "connections fail; requests are refused at once for " + openFor.toSeconds() + " s, then one tries again";
                            case CLOSED -> "the database answers again";
                            default -> "trying one request";
                        }));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guarded(() -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guarded(() -> obtainTargetDataSource().getConnection(username, password));
    }

    private interface ConnectionSource {
        Connection get() throws SQLException;
    }

    private Connection guarded(ConnectionSource source) throws SQLException {
        try {
            return breaker.executeCallable(source::get);
        } catch (CallNotPermittedException open) {
            throw new SQLTransientConnectionException("the database did not answer just before; not tried again yet", "08001", open);
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException(e);
        }
    }
}
