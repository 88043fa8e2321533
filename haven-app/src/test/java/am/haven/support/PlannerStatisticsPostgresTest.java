package am.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.testing.PostgresApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresApp
class PlannerStatisticsPostgresTest {

    @Autowired PlannerStatistics statistics;
    @Autowired JdbcClient jdbc;

    @Test
    void a_table_that_grew_by_more_than_a_third_is_analyzed_and_one_that_did_not_is_left() throws Exception {
        jdbc.sql("CREATE TABLE grown_fast (id INTEGER PRIMARY KEY)").update();
        jdbc.sql("CREATE TABLE barely_touched (id INTEGER PRIMARY KEY)").update();
        jdbc.sql("INSERT INTO grown_fast SELECT g FROM generate_series(1, 2000) g").update();
        jdbc.sql("INSERT INTO barely_touched SELECT g FROM generate_series(1, 20) g").update();
        // The statistics views see a transaction's changes once the backend reports them: when it
        // goes idle, or up to 10 s later when it reported less than a second before (PostgreSQL 15).
        for (int i = 0; i < WAITS && modified("grown_fast") < 2000; i++) Thread.sleep(100);

        statistics.analyzeGrown();

        assertThat(analyzed("grown_fast")).isTrue();
        assertThat(analyzed("barely_touched")).isFalse();
        assertThat(jdbc.sql("SELECT reltuples FROM pg_class WHERE relname = 'grown_fast' AND relnamespace = current_schema()::regnamespace")
                .query(Double.class).single()).isEqualTo(2000.0);
    }

    @Test
    void a_table_analyzed_with_enough_rows_is_left_to_autovacuum_as_it_grows() throws Exception {
        jdbc.sql("CREATE TABLE known_well (id INTEGER PRIMARY KEY)").update();
        jdbc.sql("INSERT INTO known_well SELECT g FROM generate_series(1, ?) g").param(PlannerStatistics.KNOWN_ROWS).update();
        // The statistics views see a transaction's changes once the backend reports them: when it
        // goes idle, or up to 10 s later when it reported less than a second before (PostgreSQL 15).
        for (int i = 0; i < WAITS && modified("known_well") < PlannerStatistics.KNOWN_ROWS; i++) Thread.sleep(100);
        jdbc.sql("ANALYZE known_well").update();
        for (int i = 0; i < WAITS && modified("known_well") > 0; i++) Thread.sleep(100);
        jdbc.sql("INSERT INTO known_well SELECT g FROM generate_series(?, ?) g")
                .param(PlannerStatistics.KNOWN_ROWS + 1).param(2 * PlannerStatistics.KNOWN_ROWS).update();
        for (int i = 0; i < WAITS && modified("known_well") < PlannerStatistics.KNOWN_ROWS; i++) Thread.sleep(100);
        assertThat(modified("known_well")).as("grown by its own size since the last analysis").isEqualTo(PlannerStatistics.KNOWN_ROWS);

        statistics.analyzeGrown();

        assertThat(modified("known_well")).as("rows changed since the last analysis").isEqualTo(PlannerStatistics.KNOWN_ROWS);
    }

    private static final int WAITS = 200;   // of 100 ms

    private long modified(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(n_mod_since_analyze), 0) FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = ?")
                .param(table).query(Long.class).single();
    }

    private boolean analyzed(String table) {
        return jdbc.sql("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = ?")
                .param(table).query(Boolean.class).single();
    }
}
