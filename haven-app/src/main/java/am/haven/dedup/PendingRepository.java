package am.haven.dedup;

import am.haven.support.InLists;
import am.haven.support.SqlBatch;
import am.haven.support.Timestamps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Owns {@code match_pending}: durable "to be matched" markers. A marker is written in the same
 * transaction as the registration and removed in the same transaction as the link it led to, so a
 * crash, a restart or a relink in progress never loses a record's matching. Batched statements go
 * through {@link JdbcTemplate} because {@link JdbcClient} has no batches.
 */
@Repository
class PendingRepository {

    /**
     * A record waiting to be matched; {@code rematch} drops a machine placement first;
     * {@code queuedAt} tells a marker renewed by a later correction from the one that was read.
     */
    record Pending(String personId, boolean rematch, String queuedAt) {
        Pending(String personId, boolean rematch) {
            this(personId, rematch, null);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PendingRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One batched statement per call: this runs inside every registration's transaction. */
    void add(Collection<String> personIds, boolean rematch) {
        String now = Timestamps.now();
        SqlBatch rows = new SqlBatch(batch);
        for (String id : personIds) {
            rows.add("INSERT INTO match_pending (person_id, queued_at, rematch) VALUES (?, ?, ?) ON CONFLICT (person_id) DO NOTHING",
                    id, now, rematch);
        }
        rows.flush();
    }

    /**
     * Marks corrected records "to be matched again" in the correcting transaction. A marker still
     * waiting is renewed, so a worker that read the record before the correction does not take it.
     */
    void requeue(Collection<String> personIds) {
        String now = Timestamps.now();
        SqlBatch rows = new SqlBatch(batch);
        for (String id : personIds) {
            rows.add("""
                    INSERT INTO match_pending (person_id, queued_at, rematch) VALUES (?, ?, ?)
                    ON CONFLICT (person_id) DO UPDATE SET queued_at = excluded.queued_at, rematch = excluded.rematch""",
                    id, now, true);
        }
        rows.flush();
    }

    /** The oldest markers first (person ids are time-ordered), so records are matched in registration order. */
    List<Pending> oldest(int limit) {
        return jdbc.sql("SELECT person_id, rematch, queued_at FROM match_pending ORDER BY person_id LIMIT ?").param(limit)
                .query((rs, i) -> new Pending(rs.getString(1), rs.getBoolean(2), rs.getString(3))).list();
    }

    /** Removes a marker; false when another instance already took it. */
    boolean take(String personId) {
        return jdbc.sql("DELETE FROM match_pending WHERE person_id = ?").param(personId).update() == 1;
    }

    /**
     * Removes the marker as it was read; false when another instance took it or a correction
     * renewed it since (the record is then matched again, with its corrected values).
     */
    boolean take(Pending read) {
        if (read.queuedAt() == null) return take(read.personId());
        return jdbc.sql("DELETE FROM match_pending WHERE person_id = ? AND queued_at = ?")
                .params(read.personId(), read.queuedAt()).update() == 1;
    }

    /**
     * Removes many markers as they were read, as {@link #take(Pending)} does one by one, in a few
     * statements: the matcher takes hundreds per transaction, and a statement each was a fifth of
     * all statements PostgreSQL ran under a registration load. Returns the person ids whose marker
     * this call removed; a marker another instance took or a correction renewed is not among them.
     */
    Set<String> takeAll(List<Pending> reads) {
        Set<String> taken = new HashSet<>();
        Map<String, String> queuedAt = new LinkedHashMap<>();
        for (Pending p : reads) {
            if (p.queuedAt() != null) queuedAt.put(p.personId(), p.queuedAt());
            else if (take(p.personId())) taken.add(p.personId());
        }
        for (List<String> ids : InLists.of(queuedAt.keySet())) {
            List<Object> params = new ArrayList<>(ids);
            for (String id : ids) {
                params.add(id);
                params.add(queuedAt.get(id));
            }
            // The plain id list lets PostgreSQL look the rows up by key; the pairs alone were planned
            // as one index scan per pair, OR-ed.
            taken.addAll(jdbc.sql("DELETE FROM match_pending WHERE person_id IN (" + InLists.MARKS + ") AND (person_id, queued_at) IN ("
                            + PAIRS + ") RETURNING person_id")
                    .params(params).query(String.class).list());
        }
        return taken;
    }

    private static final String PAIRS = String.join(",", Collections.nCopies(InLists.SIZE, "(?, ?)"));

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM match_pending").query(Long.class).single();
    }
}
