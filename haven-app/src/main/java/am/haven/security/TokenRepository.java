package am.haven.security;

import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code api_token}. Only a SHA-256 hash of each token is stored. */
@Repository
public class TokenRepository {

    private final JdbcClient jdbc;

    public TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String userId, String tokenHash, String label) {
        jdbc.sql("INSERT INTO api_token (id, user_id, token_hash, label, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(Ids.newId(), userId, tokenHash, label, Timestamps.now()).update();
    }

    /** An enabled user holding an unrevoked token, with the roles the user has now. */
    public record Holder(String username, Set<Role> roles) {}

    /**
     * The enabled user owning an unrevoked token with this hash, read together with the user's
     * current roles in one query: every API call asks, so it costs one indexed lookup and no more.
     */
    public Optional<Holder> findHolder(String tokenHash) {
        return jdbc.sql("""
                SELECT u.username, u.roles FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled = TRUE""")
                .param(tokenHash)
                .query((rs, i) -> new Holder(rs.getString(1), UserRepository.parseRoles(rs.getString(2))))
                .optional();
    }
}
