package am.haven.dedup;

import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Owns {@code relink_job}. A running job keeps a heartbeat; one whose heartbeat is older than
 * {@link #STALE} died with its instance and no longer blocks matching or another relink.
 */
@Repository
class JobRepository {

    static final Duration STALE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a job unless a live one runs; call inside a transaction. Empty when one is running. */
    Optional<String> start(String actor) {
        if (running().isPresent()) return Optional.empty();
        String now = Timestamps.now();
        jdbc.sql("UPDATE relink_job SET status = 'FAILED', finished_at = ?, report = '{\"error\":\"instance stopped\"}' WHERE status = 'RUNNING'")
                .param(now).update();
        String id = Ids.newId();
        jdbc.sql("""
                INSERT INTO relink_job (id, status, phase, done, total, started_at, heartbeat_at, actor)
                VALUES (?, 'RUNNING', 'starting', 0, 0, ?, ?, ?)""").params(id, now, now, actor).update();
        return Optional.of(id);
    }

    Optional<RelinkJob> running() {
        String fresh = Timestamps.format(Instant.now().minus(STALE));
        return jdbc.sql(SELECT + " WHERE status = 'RUNNING' AND heartbeat_at >= ?").param(fresh)
                .query((rs, i) -> job(rs)).optional();
    }

    void progress(String id, String phase, long done, long total) {
        jdbc.sql("UPDATE relink_job SET phase = ?, done = ?, total = ?, heartbeat_at = ? WHERE id = ?")
                .params(phase, done, total, Timestamps.now(), id).update();
    }

    /** Keeps a running job alive between progress reports. */
    void heartbeat(String id) {
        jdbc.sql("UPDATE relink_job SET heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(Timestamps.now(), id).update();
    }

    void finish(String id, String status, String report) {
        String now = Timestamps.now();
        jdbc.sql("UPDATE relink_job SET status = ?, phase = 'finished', finished_at = ?, heartbeat_at = ?, report = ? WHERE id = ?")
                .params(status, now, now, report, id).update();
    }

    Optional<RelinkJob> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, i) -> job(rs)).optional();
    }

    List<RelinkJob> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY started_at DESC LIMIT ?").param(limit).query((rs, i) -> job(rs)).list();
    }

    private static final String SELECT = """
            SELECT id, status, phase, done, total, started_at, heartbeat_at, finished_at, actor, report FROM relink_job""";

    private static RelinkJob job(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RelinkJob(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }
}
