package am.haven.support;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics current while the tables grow fast from empty, as on the
 * first days of a response. Autovacuum analyzes a table once 10% of it changed, but looks at most
 * once a minute, so a table that grows tenfold in a minute is planned with the size it had: the
 * registering transactions' lookups by key then ran as sequential scans, which measured took
 * PostgreSQL from 1.3 to 2.9 s of CPU per 1,000 households (docs/benchmarks.md). Every few
 * seconds this analyzes the tables of Haven's schema in which the rows changed since their last
 * analysis are more than a third of them (a table that only grew: by half since it was analyzed),
 * until a table was analyzed with {@value #KNOWN_ROWS} rows: from then on the planner scales its
 * row count by the table's current size (it knows the rows per page) and the column statistics
 * hold, so autovacuum's pace is enough. Re-analyzing every growth by half up to 57,000 persons was
 * a fifth of PostgreSQL's time in a 25,000-household run (pg_stat_statements). The statistics views
 * cost one query. Does nothing on SQLite (its planner needs no row counts for key lookups).
 */
@Component
class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    private static final long EVERY_SECONDS = 5;
    static final int KNOWN_ROWS = 10_000;

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "haven-planner-statistics");
        t.setDaemon(true);
        return t;
    });

    PlannerStatistics(JdbcClient jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.postgres = dialect == Dialect.POSTGRESQL;
    }

    /** Only the web application, which takes registrations, keeps them current; command-line tools do not. */
    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!postgres || !(event.getApplicationContext() instanceof WebServerApplicationContext)) return;
        thread.scheduleWithFixedDelay(this::analyzeGrown, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Analyzes the tables whose changes since their last analysis (at least 500) are more than a
     * third of their rows, unless they were last analyzed with {@link #KNOWN_ROWS} rows or more.
     */
    void analyzeGrown() {
        try {
            List<String> grown = jdbc.sql("""
                    SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
                    WHERE s.schemaname = current_schema() AND s.n_mod_since_analyze > 500
                      AND s.n_mod_since_analyze > s.n_live_tup / 3 AND c.reltuples < ?""")
                    .param(KNOWN_ROWS).query(String.class).list();
            for (String table : grown) {
                // Names come from the catalogue, quoted as identifiers.
                jdbc.sql("ANALYZE \"" + table.replace("\"", "\"\"") + "\"").update();
            }
            if (!grown.isEmpty()) log.debug("analyzed {}", grown);
        } catch (RuntimeException e) {
            log.warn("could not refresh planner statistics: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
