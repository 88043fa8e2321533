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
        assertThat(web.get(casePath + "?lang=hy").html().select("dl").text()).contains("որոնման գրասեղան");
        assertThat(web.get(casePath + "?lang=en").html().select("dl").text()).contains("tracing desk");

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
        // Why each result ranks where it does, in the reader's language.
        String query = URLEncoder.encode("Торосян Заруи", StandardCharsets.UTF_8);
        assertThat(web.get("/tracing?lang=hy&q=" + query).html().select("ul.hint").text())
                .contains("ազգանուն՝ «torosyan»").doesNotContain("family name");
        assertThat(web.get("/tracing?lang=en&q=" + query).html().select("ul.hint").text()).contains("family name: ‘torosyan’");
    }

    @Test
    void a_person_whose_household_declined_tracing_is_found_by_staff_but_marked_do_not_disclose() {
        Api api = new Api(port, users.createToken("admin", "test"));
        api.post("/api/v1/households", Map.of("registrationPoint", "Goris", "consent", Map.of("assistance", true, "tracing", false, "sharing", false),
                "members", List.of(Map.of("givenName", "Վարսենիկ", "familyName", "Բաղդասարյան", "sex", "F", "birthDate", "1958", "relationship", "HEAD"))));
        WebSession web = caseworker();
        String query = URLEncoder.encode("Բաղդասարյան Վարսենիկ", StandardCharsets.UTF_8);

        var page = TracingApiContract.eventually(() -> web.get("/tracing?lang=hy&q=" + query), p -> p.body().contains("Բաղդասարյան"));

        assertThat(page.html().select("table.list .declined").text()).contains("Հրաժարվել է որոնումից");
        assertThat(web.get("/tracing?lang=en&q=" + query).html().select("table.list .declined").text())
                .contains("Declined tracing: do not disclose");
    }

    @Test
    void the_desk_search_weighs_origin_finds_by_phone_alone_and_names_a_bad_phone() {
        Api api = new Api(port, users.createToken("admin", "test"));
        for (String[] h : new String[][] {{"Martuni", "+37491556701"}, {"Hadrut", "+37491556702"}}) {
            api.post("/api/v1/households", Map.of("registrationPoint", "Goris", "origin", Map.of("settlement", h[0]), "phone", h[1],
                    "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                    "members", List.of(Map.of("givenName", "Շուշան", "familyName", "Շահնազարյան", "sex", "F", "birthDate", "1971",
                            "relationship", "HEAD"))));
        }
        WebSession web = caseworker();

        var byOrigin = TracingApiContract.eventually(() -> web.get("/tracing?q=" + URLEncoder.encode("Шушан Шахназарян", StandardCharsets.UTF_8)
                + "&sex=F&origin=Hadrut"), p -> p.html().select("table.list tbody tr").size() >= 2);
        var first = byOrigin.html().select("table.list tbody tr").first();
        assertThat(first.text()).contains("Շահնազարյան").containsIgnoringCase("origin hadrut vs hadrut");
        assertThat(byOrigin.html().select("#searchOrigin").attr("value")).isEqualTo("Hadrut");
        assertThat(byOrigin.html().select("#searchSex option[selected]").attr("value")).isEqualTo("F");

        var byPhone = web.get("/tracing?phone=" + URLEncoder.encode("091 55 67 01", StandardCharsets.UTF_8));
        assertThat(byPhone.html().select("table.list tbody tr").first().text()).contains("Շահնազարյան").contains("same phone");

        var badPhone = web.get("/tracing?q=Shushan&phone=abc-12");
        assertThat(badPhone.html().select(".error-summary").text()).contains("phone");
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
