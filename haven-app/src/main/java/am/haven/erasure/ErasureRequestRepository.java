package am.haven.erasure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Owns {@code erasure_request}. */
@Repository
class ErasureRequestRepository {

    private static final String SELECT = """
            SELECT id, person_id, reason, status, requested_by, requested_at, approved_by, approved_at, erased
            FROM erasure_request""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ErasureRequestRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ErasureRequest r) {
        jdbc.sql("""
                INSERT INTO erasure_request (id, person_id, reason, status, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.personId(), r.reason(), r.status(), r.requestedBy(), r.requestedAt()).update();
    }

    Optional<ErasureRequest> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::row).optional();
    }

    /** Marks the request done, only if still pending: false when another approval got there first. */
    boolean markDone(String id, String approvedBy, String approvedAt, Map<String, Integer> erased) {
        return jdbc.sql("""
                UPDATE erasure_request SET status = ?, approved_by = ?, approved_at = ?, erased = ?
                WHERE id = ? AND status = ?""")
                .params(ErasureRequest.DONE, approvedBy, approvedAt, json.writeValueAsString(erased), id, ErasureRequest.PENDING)
                .update() == 1;
    }

    List<ErasureRequest> list(String status, int limit) {
        return jdbc.sql(SELECT + " WHERE status = ? ORDER BY requested_at DESC LIMIT ?").params(status, limit).query(this::row).list();
    }

    long count(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM erasure_request WHERE status = ?").param(status).query(Long.class).single();
    }

    private ErasureRequest row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String erased = rs.getString("erased");
        return new ErasureRequest(rs.getString("id"), rs.getString("person_id"), rs.getString("reason"), rs.getString("status"),
                rs.getString("requested_by"), rs.getString("requested_at"), rs.getString("approved_by"), rs.getString("approved_at"),
                erased == null ? null : json.readValue(erased, new TypeReference<Map<String, Integer>>() {}));
    }
}
