package am.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.testing.Api;
import am.haven.testing.SqliteApp;
import am.haven.testing.WebSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SqliteApp
class SignInSqliteTest {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired UserRepository userRows;

    String newUser(Role role, String password) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, name, password, EnumSet.of(role));
        return name;
    }

    static WebSession.Page attempt(WebSession web, String user, String password) {
        web.get("/login");
        return web.post("/login", List.of(Map.entry("username", user), Map.entry("password", password)));
    }

    @Test
    void five_wrong_passwords_hold_back_their_source_but_the_clerk_signs_in_from_her_own_desk() {
        String name = newUser(Role.REGISTRAR, "right-password-1");
        WebSession stranger = WebSession.from(port, "203.0.113.7");
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            assertThat(attempt(stranger, name, "wrong-password").location()).contains("error");
        }
        assertThat(attempt(stranger, name, "right-password-1").location()).as("the guessing source").contains("throttled");
        WebSession.Page desk = attempt(WebSession.from(port, "192.0.2.15"), name, "right-password-1");
        assertThat(desk.status()).isEqualTo(302);
        assertThat(desk.location()).as("the clerk's own desk").doesNotContain("error").doesNotContain("throttled");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'login-failed' AND detail LIKE ?")
                .param("%" + name + " from 203.0.113.7").query(Long.class).single()).isEqualTo(LoginThrottle.FAILURES_PER_USER);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action IN ('login-held-back', 'login-refused') AND detail LIKE ?")
                .param("%" + name + " from 203.0.113.7%").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_source_guessing_a_few_times_at_many_accounts_is_held_back_for_all_of_them() {
        WebSession stranger = WebSession.from(port, "198.51.100.23");
        for (int i = 0; i < LoginThrottle.FAILURES_PER_SOURCE; i++) {
            assertThat(attempt(stranger, newUser(Role.REGISTRAR, "right-password-7"), "wrong-password").location()).contains("error");
        }
        String untouched = newUser(Role.REGISTRAR, "right-password-8");
        assertThat(attempt(stranger, untouched, "right-password-8").location()).contains("throttled");
        assertThat(attempt(WebSession.from(port, "192.0.2.16"), untouched, "right-password-8").location()).doesNotContain("throttled")
                .doesNotContain("error");
    }

    @Test
    void a_disabled_users_open_session_gets_401_on_its_next_request() {
        String name = newUser(Role.REGISTRAR, "right-password-9");
        WebSession web = new WebSession(port).signIn(name, "right-password-9");
        assertThat(web.get("/households").status()).isEqualTo(200);

        users.setRoles(name, EnumSet.of(Role.REGISTRAR), false);

        assertThat(web.get("/households").status()).isEqualTo(401);
        assertThat(web.get("/households").status()).as("the session is gone: sign in again").isEqualTo(302);
    }

    @Test
    void a_session_ends_when_its_user_is_given_other_roles_or_a_new_password() {
        String name = newUser(Role.CASEWORKER, "right-password-10");
        WebSession web = new WebSession(port).signIn(name, "right-password-10");
        assertThat(web.get("/tracing").status()).isEqualTo(200);
        users.setRoles(name, EnumSet.of(Role.REGISTRAR), true);
        assertThat(web.get("/households").status()).as("roles changed").isEqualTo(401);

        WebSession again = new WebSession(port).signIn(name, "right-password-10");
        assertThat(again.get("/households").status()).isEqualTo(200);
        userRows.updatePassword(name, "{noop}another-password-10"); // what a reset by another instance leaves
        assertThat(again.get("/households").status()).as("password changed").isEqualTo(401);
    }

    @Test
    void a_correct_password_signs_in_and_resets_the_count() {
        String name = newUser(Role.REGISTRAR, "right-password-2");
        WebSession web = new WebSession(port);
        attempt(web, name, "wrong-password");
        WebSession.Page ok = attempt(web, name, "right-password-2");
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.location()).doesNotContain("error");
    }

    @Test
    void a_registrar_cannot_manage_users() {
        String name = newUser(Role.REGISTRAR, "right-password-3");
        Api registrar = new Api(port, users.createToken(name, "test"));
        var r = registrar.post("/api/v1/users", Map.of("username", "mallory", "password", "0123456789ab", "roles", List.of("ADMIN")));
        assertThat(r.status()).isEqualTo(403);
        assertThat(new WebSession(port).signIn(name, "right-password-3").get("/admin/users").status()).isEqualTo(403);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void an_api_token_stops_working_as_soon_as_its_user_is_disabled_here() {
        String name = newUser(Role.REGISTRAR, "right-password-5");
        Api registrar = new Api(port, users.createToken(name, "test"));
        assertThat(registrar.get("/api/v1/households?size=1").status()).isEqualTo(200);

        users.setRoles(name, EnumSet.of(Role.REGISTRAR), false);

        assertThat(registrar.get("/api/v1/households?size=1").status()).isEqualTo(401);
    }

    @Test
    void a_user_disabled_through_another_instance_loses_api_access_here_within_a_second() throws Exception {
        String name = newUser(Role.REGISTRAR, "right-password-6");
        Api registrar = new Api(port, users.createToken(name, "test"));
        assertThat(registrar.get("/api/v1/households?size=1").status()).isEqualTo(200);

        // What another instance's change leaves in the shared database: this instance is not told.
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = ?").param(name).update();
        Thread.sleep(TokenHolders.FRESH_MILLIS + 100);

        assertThat(registrar.get("/api/v1/households?size=1").status()).isEqualTo(401);
    }

    @Test
    void passwords_are_stored_only_as_bcrypt_hashes() {
        String name = newUser(Role.ANALYST, "right-password-4");
        AppUser user = userRows.findByUsername(name).orElseThrow();
        assertThat(user.passwordHash()).startsWith("$2").doesNotContain("right-password-4");
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_and_on_plain_http_it_is_not() {
        Api anonymous = new Api(port, null);
        var proxied = anonymous.send("GET", "/login", null, Map.of("X-Forwarded-Proto", "https"));
        var direct = anonymous.send("GET", "/login", null, Map.of());

        assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("JSESSIONID=").contains("; Secure").contains("HttpOnly"));
        assertThat(direct.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("JSESSIONID=").doesNotContain("Secure"));
    }
}
