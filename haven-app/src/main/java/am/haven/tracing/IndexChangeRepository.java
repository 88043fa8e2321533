package am.haven.tracing;

import am.haven.support.SqlBatch;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Owns {@code tracing_index_change}: which households were registered or corrected when, written
 * inside the registering or correcting transaction, read by every instance to keep its search
 * index current.
 */
@Repository
class IndexChangeRepository {

    /** One registration or correction of a household. */
    record Change(String id, String householdId, String changedAt) {}

    private static final String INSERT =
            "INSERT INTO tracing_index_change (id, household_id, changed_at, instance_id) VALUES (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    IndexChangeRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One round trip for a transaction's changes (a group of registrations commits together), all by {@code instanceId}. */
    void insertAll(List<Change> changes, String instanceId) {
        SqlBatch rows = new SqlBatch(batch);
        for (Change c : changes) rows.add(INSERT, c.id(), c.householdId(), c.changedAt(), instanceId);
        rows.flush();
    }

    /** Changes at or after {@code from} written by other instances than {@code instanceId}, oldest first. */
    List<Change> since(String from, String instanceId) {
        return jdbc.sql("""
                        SELECT id, household_id, changed_at FROM tracing_index_change
                        WHERE changed_at >= ? AND (instance_id IS NULL OR instance_id <> ?) ORDER BY changed_at, id""")
                .params(from, instanceId).query((rs, i) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Deletes changes older than {@code before}; returns how many. */
    int deleteBefore(String before) {
        return jdbc.sql("DELETE FROM tracing_index_change WHERE changed_at < ?").param(before).update();
    }
}
