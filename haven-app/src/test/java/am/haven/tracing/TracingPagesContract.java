package am.haven.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tracing pages, run against every database. */
abstract class TracingPagesContract {

    @LocalServerPort int port;
    @Autowired UserService users;

    WebSession caseworker() {
        String name = "cwp-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, "Caseworker", "caseworker-password-1", EnumSet.of(Role.CASEWORKER));
        return new WebSession(port).signIn(name, "caseworker-password-1");
    }

    @Test
    void a_caseworker_opens_a_case_from_the_page_and_adds_a_note() {
        WebSession web = caseworker();
        assertThat(web.get("/tracing").status()).isEqualTo(200);

        var opened = web.post("/tracing/cases", List.of(Map.entry("enquirerName", "Siranush"), Map.entry("relation", "sister"),
                Map.entry("familyName", "Ենգիբարյան"), Map.entry("givenName", "Լևոն"), Map.entry("birthDate", "1979")));
        assertThat(opened.status()).isEqualTo(302);
        String casePath = opened.redirectPath();
        var page = web.get(casePath);
        assertThat(page.html().select("h1").text()).contains("Լևոն");

        var noted = web.post(casePath + "/notes", List.of(Map.entry("status", "believed_alive"), Map.entry("text", "Called from Vayk")));
        assertThat(noted.status()).isEqualTo(302);
        assertThat(web.get(casePath).body()).contains("Called from Vayk").contains("Believed alive");
    }

    @Test
    void the_desk_page_searches_across_scripts_and_shows_names() {
        Api api = new Api(port, users.createToken("admin", "test"));
        api.post("/api/v1/households", Map.of("registrationPoint", "Goris", "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                "members", List.of(Map.of("givenName", "Զարուհի", "familyName", "Թորոսյան", "sex", "F", "birthDate", "1962", "relationship", "HEAD"))));
        WebSession web = caseworker();

        var page = TracingApiContract.eventually(() -> web.get("/tracing?q=" + URLEncoder.encode("Торосян Заруи", StandardCharsets.UTF_8)),
                p -> p.body().contains("Թորոսյան"));

        assertThat(page.html().select("table.list").first().text()).contains("Թորոսյան Զարուհի");
    }

    @Test
    void the_public_finder_page_needs_no_sign_in_and_speaks_three_languages() {
        WebSession anonymous = new WebSession(port);

        assertThat(anonymous.get("/public/finder?lang=hy").body()).contains("Գտնել հարազատին");
        assertThat(anonymous.get("/public/finder?lang=ru").body()).contains("Найти родственника");
        var en = anonymous.get("/public/finder?lang=en&q=" + URLEncoder.encode("Grigoryan", StandardCharsets.UTF_8));
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body()).contains("Find a relative").contains("both the given name and the family name");
    }

    @Test
    void the_tracing_desk_is_closed_to_the_public() {
        var p = new WebSession(port).get("/tracing");

        assertThat(p.status()).isEqualTo(302);
        assertThat(p.redirectPath()).isEqualTo("/login");
    }
}
