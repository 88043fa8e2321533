package am.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.testing.SqliteApp;
import am.haven.testing.TestUsers;
import am.haven.testing.WebSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SqliteApp
class AccountPagesSqliteTest {

    @LocalServerPort int port;
    @Autowired UserService users;

    private String newUser(String password) {
        String name = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, name, password, EnumSet.of(Role.REGISTRAR));
        return name;
    }

    private static WebSession.Page change(WebSession web, String current, String next, String repeat) {
        web.get("/account/password");
        return web.post("/account/password", List.of(Map.entry("current", current), Map.entry("password", next), Map.entry("repeat", repeat)));
    }

    @Test
    void a_clerk_changes_her_own_password_and_her_other_browsers_are_signed_out() {
        String name = newUser("first-password-1");
        WebSession here = new WebSession(port).signIn(name, "first-password-1");
        WebSession elsewhere = new WebSession(port).signIn(name, "first-password-1");
        assertThat(elsewhere.get("/households").status()).isEqualTo(200);

        var wrong = change(here, "not-my-password", "second-password-2", "second-password-2");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.html().select("[data-error-for=current]").text()).isEqualTo("This is not your current password.");
        var mismatch = change(here, "first-password-1", "second-password-2", "second-password-3");
        assertThat(mismatch.html().select("[data-error-for=repeat]").text()).isEqualTo("The two new passwords differ.");

        var done = change(here, "first-password-1", "second-password-2", "second-password-2");
        assertThat(done.status()).isEqualTo(302);
        assertThat(here.get("/households").status()).as("this browser goes on").isEqualTo(200);
        assertThat(elsewhere.get("/households").status()).as("the other browser is signed out").isEqualTo(401);
        new WebSession(port).signIn(name, "second-password-2");
        var old = new WebSession(port);
        old.get("/login");
        assertThat(old.post("/login", List.of(Map.entry("username", name), Map.entry("password", "first-password-1"))).location())
                .contains("error");
    }

    @Test
    void an_administrator_resets_a_password_in_armenian_and_the_users_open_session_ends() {
        String name = newUser("forgotten-password-1");
        WebSession clerk = new WebSession(port).signIn(name, "forgotten-password-1");
        WebSession admin = new WebSession(port).signIn("admin", TestUsers.ADMIN_PASSWORD);
        admin.get("/admin/users?lang=hy");

        var r = admin.post("/admin/users/password", List.of(Map.entry("username", name), Map.entry("password", "given-in-person-1")));
        assertThat(r.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").html().select("p.notice.success").text()).contains(name).contains("վերակայված");

        assertThat(clerk.get("/households").status()).isEqualTo(401);
        new WebSession(port).signIn(name, "given-in-person-1");
    }
}
