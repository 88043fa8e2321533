package am.haven.security;

import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code app_user}. */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppUser> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username)
                .query(UserRepository::user)
                .optional();
    }

    public List<AppUser> findAll() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username")
                .query(UserRepository::user)
                .list();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    public String insert(String username, String displayName, String passwordHash, Set<Role> roles) {
        String id = Ids.newId();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, roles, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?)""")
                .params(id, username, displayName, passwordHash, formatRoles(roles), Timestamps.now())
                .update();
        return id;
    }

    public void updateRoles(String username, Set<Role> roles, boolean enabled) {
        jdbc.sql("UPDATE app_user SET roles = ?, enabled = ? WHERE username = ?")
                .params(formatRoles(roles), enabled, username).update();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
                .params(passwordHash, username).update();
    }

    private static AppUser user(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AppUser(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), parseRoles(rs.getString("roles")), rs.getBoolean("enabled"));
    }

    static Set<Role> parseRoles(String text) {
        if (text == null || text.isBlank()) return EnumSet.noneOf(Role.class);
        return Arrays.stream(text.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static String formatRoles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
