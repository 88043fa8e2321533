package am.haven.dedup;

import am.haven.support.Timestamps;
import java.util.Collection;
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

    /** A record waiting to be matched; {@code rematch} drops a machine placement first. */
    record Pending(String personId, boolean rematch) {}

    private final JdbcClient jdbc;

    PendingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Collection<String> personIds, boolean rematch) {
        String now = Timestamps.now();
        for (String id : personIds) {
            jdbc.sql("INSERT INTO match_pending (person_id, queued_at, rematch) VALUES (?, ?, ?) ON CONFLICT (person_id) DO NOTHING")
                    .params(id, now, rematch).update();
        }
    }

    /** The oldest markers first (person ids are time-ordered), so records are matched in registration order. */
    List<Pending> oldest(int limit) {
        return jdbc.sql("SELECT person_id, rematch FROM match_pending ORDER BY person_id LIMIT ?").param(limit)
                .query((rs, i) -> new Pending(rs.getString(1), rs.getBoolean(2))).list();
    }

    /** Removes a marker; false when another instance already took it. */
    boolean take(String personId) {
        return jdbc.sql("DELETE FROM match_pending WHERE person_id = ?").param(personId).update() == 1;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM match_pending").query(Long.class).single();
    }
}
