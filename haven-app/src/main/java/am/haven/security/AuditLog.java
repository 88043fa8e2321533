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
 * transaction of the write it records, so a write and its audit event commit together. Each event
 * is signed and later chained ({@link AuditChain}); the tables refuse UPDATE and DELETE.
 */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;
    private final AuditChain chain;

    public AuditLog(JdbcClient jdbc, AuditChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    public void record(String action, String entityType, String entityId, String detail) {
        record(currentActor(), action, entityType, entityId, detail);
    }

    /** Records an event for a named actor: for work done on another thread than the caller's request. */
    public void record(String actor, String action, String entityType, String entityId, String detail) {
        String id = Ids.newId(), at = Timestamps.now();
        jdbc.sql(INSERT).params(id, at, actor, action, entityType, entityId, detail,
                chain.mac(id, at, actor, action, entityType, entityId, detail)).update();
        jdbc.sql(UNSEALED).param(id).update();
    }

    /** Adds the event to {@code rows}, written with the rest of the caller's batch in its transaction. */
    public void record(SqlBatch rows, String actor, String action, String entityType, String entityId, String detail) {
        String id = Ids.newId(), at = Timestamps.now();
        rows.add(INSERT, id, at, actor, action, entityType, entityId, detail, chain.mac(id, at, actor, action, entityType, entityId, detail));
        rows.add(UNSEALED, id);
    }

    /** Signed as written ({@link AuditChain}); the event waits in {@code audit_unsealed} for the chain. */
    private static final String INSERT =
            "INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UNSEALED = "INSERT INTO audit_unsealed (event_id) VALUES (?)";

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
