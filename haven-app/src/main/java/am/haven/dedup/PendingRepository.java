package am.haven.dedup;

import am.haven.support.Timestamps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Owns {@code match_pending}: durable "to be matched" markers. A marker is written in the same
 * transaction as the registration and removed in the same transaction as the link it led to, so a
 * crash, a restart or a relink in progress never loses a record's matching.
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

    PendingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One multi-row statement per call: this runs inside every registration's transaction. */
    void add(Collection<String> personIds, boolean rematch) {
        if (personIds.isEmpty()) return;
        String now = Timestamps.now();
        List<Object> params = new ArrayList<>(personIds.size() * 3);
        for (String id : personIds) Collections.addAll(params, id, now, rematch);
        jdbc.sql("INSERT INTO match_pending (person_id, queued_at, rematch) VALUES "
                        + String.join(", ", Collections.nCopies(personIds.size(), "(?, ?, ?)"))
                        + " ON CONFLICT (person_id) DO NOTHING")
                .params(params).update();
    }

    /**
     * Marks corrected records "to be matched again" in the correcting transaction. A marker still
     * waiting is renewed, so a worker that read the record before the correction does not take it.
     */
    void requeue(Collection<String> personIds) {
        String now = Timestamps.now();
        for (String id : personIds) {
            jdbc.sql("""
                    INSERT INTO match_pending (person_id, queued_at, rematch) VALUES (?, ?, ?)
                    ON CONFLICT (person_id) DO UPDATE SET queued_at = excluded.queued_at, rematch = excluded.rematch""")
                    .params(id, now, true).update();
        }
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

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM match_pending").query(Long.class).single();
    }
}
