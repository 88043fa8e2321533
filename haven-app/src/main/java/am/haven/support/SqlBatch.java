package am.haven.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Rows to write, grouped by statement and sent together on {@link #flush}: one round trip per
 * statement instead of one per row (PostgreSQL's driver also rewrites a batch of inserts into one
 * multi-row insert). Statements are written in the order they were first added, so a parent
 * table added first is written before its children. Not thread-safe: one batch per transaction.
 */
public final class SqlBatch {

    private final JdbcOperations jdbc;
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    public SqlBatch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one execution of {@code sql} with {@code params}; nothing is written until {@link #flush}. */
    public void add(String sql, Object... params) {
        rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(params);
    }

    /** Writes everything added so far, in the caller's transaction, and empties the batch. */
    public void flush() {
        for (Map.Entry<String, List<Object[]>> e : rows.entrySet()) {
            if (e.getValue().size() == 1) {
                jdbc.update(e.getKey(), e.getValue().get(0));
            } else {
                jdbc.batchUpdate(e.getKey(), e.getValue());
            }
        }
        rows.clear();
    }
}
