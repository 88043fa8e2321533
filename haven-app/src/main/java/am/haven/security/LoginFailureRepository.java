package am.haven.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins per source address and user name ({@code login_failure}); '' as the user name counts a source's failures on all accounts. */
@Repository
class LoginFailureRepository {

    static final String ANY_USER = "";

    private final JdbcClient jdbc;

    LoginFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The failures of {@code source} against {@code username} and when they hold it back until. */
    record Count(int failures, String lastAt, String blockedUntil) {}

    Optional<Count> find(String source, String username) {
        return jdbc.sql("SELECT failures, last_at, blocked_until FROM login_failure WHERE source = ? AND username = ?")
                .params(source, username)
                .query((rs, n) -> new Count(rs.getInt(1), rs.getString(2), rs.getString(3))).optional();
    }

    /**
     * Counts one more failure, starting again from one when the last was before {@code forgetBefore};
     * returns the new count.
     */
    int countFailure(String source, String username, String now, String forgetBefore) {
        jdbc.sql("""
                INSERT INTO login_failure (source, username, failures, last_at) VALUES (?, ?, 1, ?)
                ON CONFLICT (source, username) DO UPDATE SET
                    failures = CASE WHEN login_failure.last_at < ? THEN 1 ELSE login_failure.failures + 1 END,
                    last_at = excluded.last_at""")
                .params(source, username, now, forgetBefore).update();
        return find(source, username).map(Count::failures).orElse(1);
    }

    void block(String source, String username, String until) {
        jdbc.sql("UPDATE login_failure SET blocked_until = ? WHERE source = ? AND username = ?")
                .params(until, source, username).update();
    }

    void forget(String source, String username) {
        jdbc.sql("DELETE FROM login_failure WHERE source = ? AND username = ?").params(source, username).update();
    }
}
