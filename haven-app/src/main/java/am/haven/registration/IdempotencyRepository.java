package am.haven.registration;

import am.haven.support.SqlBatch;
import am.haven.support.Timestamps;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code idempotency_key}: which resource a caller's first request with a key created. */
@Repository
class IdempotencyRepository {

    private final JdbcClient jdbc;

    IdempotencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Entry> find(String principal, String key) {
        return jdbc.sql("SELECT request_hash, resource_id FROM idempotency_key WHERE principal = ? AND idem_key = ?")
                .params(principal, key)
                .query((rs, i) -> new Entry(rs.getString(1), rs.getString(2)))
                .optional();
    }

    void insert(SqlBatch rows, String principal, String key, String requestHash, String resourceType, String resourceId) {
        rows.add("""
                INSERT INTO idempotency_key (principal, idem_key, request_hash, resource_type, resource_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", principal, key, requestHash, resourceType, resourceId, Timestamps.now());
    }

    record Entry(String requestHash, String resourceId) {}

    /** The request hash stored with a key: SHA-256 (hex) of the request's canonical text. */
    static String requestHash(String canonical) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
