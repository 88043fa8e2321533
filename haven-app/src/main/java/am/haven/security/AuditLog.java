package am.haven.security;

import am.haven.support.Ids;
import am.haven.support.SqlBatch;
import am.haven.support.Timestamps;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

/**
 * Owns {@code audit_event}: who read or wrote which personal record, when. Called inside the
 * transaction of the write it records, so a write and its audit event commit together.
 */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String action, String entityType, String entityId, String detail) {
        record(currentActor(), action, entityType, entityId, detail);
    }

    /** Records an event for a named actor: for work done on another thread than the caller's request. */
    public void record(String actor, String action, String entityType, String entityId, String detail) {
        jdbc.sql(INSERT).params(Ids.newId(), Timestamps.now(), actor, action, entityType, entityId, detail).update();
    }

    /** Adds the event to {@code rows}, written with the rest of the caller's batch in its transaction. */
    public void record(SqlBatch rows, String actor, String action, String entityType, String entityId, String detail) {
        rows.add(INSERT, Ids.newId(), Timestamps.now(), actor, action, entityType, entityId, detail);
    }

    private static final String INSERT =
            "INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** One event for a read of many records (a list or search page), naming them all. */
    public void recordRead(String entityType, Collection<String> ids, String detail) {
        if (ids.isEmpty()) return;
        String joined = String.join(",", ids);
        record("READ", entityType, ids.size() == 1 ? ids.iterator().next() : null,
                detail == null ? joined : detail + " ids=" + joined);
    }

    /** The signed-in user's name, or {@code system} for background work and {@code public} for anonymous callers. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) return "system";
        if (!auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) return "public";
        return auth.getName();
    }
}
