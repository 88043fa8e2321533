package am.haven.support;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness of the database: a real round trip ({@code SELECT 1}) that must answer within a short
 * deadline. It runs on a thread of its own, so a connection that stopped answering makes health
 * say DOWN at once instead of making the health check itself hang; while one probe is still stuck,
 * the next says DOWN without starting another.
 */
@Component("databaseHealthIndicator") // health component "database"
class DatabaseHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final Duration deadline;
    private final ExecutorService probes = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "haven-db-probe");
        t.setDaemon(true);
        return t;
    });
    private volatile Future<?> inFlight;

    DatabaseHealth(JdbcTemplate jdbc, @Value("${haven.health.database-deadline:2s}") Duration deadline) {
        this.jdbc = jdbc;
        this.deadline = deadline;
    }

    @Override
    public Health health() {
        Future<?> previous = inFlight;
        if (previous != null && !previous.isDone()) {
            return Health.down().withDetail("trouble", DatabaseTrouble.Kind.SLOW.slug()).build();
        }
        Future<Integer> probe = probes.submit(() -> jdbc.queryForObject("SELECT 1", Integer.class));
        inFlight = probe;
        try {
            probe.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("trouble", DatabaseTrouble.Kind.SLOW.slug()).build();
        } catch (ExecutionException e) {
            String trouble = DatabaseTrouble.of(e.getCause()).map(t -> t.kind().slug()).orElse("error");
            return Health.down().withDetail("trouble", trouble).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }
}
