package am.haven.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.WebSession;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shelter pages as a coordinator uses them, run against every database. */
abstract class ShelterPagesContract {

    static final String PASSWORD = "coordinator-password-1";

    @LocalServerPort int port;
    @Autowired UserService users;

    WebSession coordinator;
    Api api;

    @BeforeEach
    void signIn() {
        coordinator = new WebSession(port).signIn(user(Role.SHELTER), PASSWORD);
        api = new Api(port, users.createToken("admin", "test"));
    }

    String user(Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, role.name(), PASSWORD, EnumSet.of(role));
        return name;
    }

    String household(String given, String... needs) {
        Map<String, Object> head = new HashMap<>(Map.of("givenName", given, "familyName", "Ավետիսյան", "sex", "F",
                "birthDate", "1975", "relationship", "HEAD"));
        if (needs.length > 0) head.put("needs", List.of(needs));
        Api.Response r = api.post("/api/v1/households", Map.of("registrationPoint", "Goris", "origin",
                Map.of("settlement", "Askeran"), "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                "members", List.of(head)));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asString();
    }

    @Test
    void adds_a_site_by_form_and_shows_it_with_an_occupancy_bar_in_its_region() {
        coordinator.get("/shelter/sites");
        WebSession.Page created = coordinator.post("/shelter/sites", List.of(Map.entry("name", "Ijevan college hostel"),
                Map.entry("type", "DORMITORY"), Map.entry("region", "TAVUSH"), Map.entry("capacity", "35"),
                Map.entry("features", "ACCESSIBLE"), Map.entry("features", "HEATING"), Map.entry("rule", "NONE"),
                Map.entry("status", "OPEN")));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.redirectPath()).startsWith("/shelter/sites/");
        WebSession.Page site = coordinator.get(created.redirectPath());
        assertThat(site.html().selectFirst("h1").text()).isEqualTo("Ijevan college hostel");
        assertThat(site.body()).contains("0 of 35 beds taken, 35 free");
        WebSession.Page list = coordinator.get("/shelter/sites");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("table.occupancy td").eachText()).contains("Tavush");
        assertThat(list.html().select("table.occupancy meter")).isNotEmpty();
        assertThat(list.html().select("table.sites a").eachText()).contains("Ijevan college hostel");
    }

    @Test
    void shows_every_problem_of_a_bad_site_form_next_to_what_was_typed() {
        coordinator.get("/shelter/sites");
        WebSession.Page page = coordinator.post("/shelter/sites", List.of(Map.entry("name", "Half-typed"),
                Map.entry("region", ""), Map.entry("capacity", "lots"), Map.entry("type", "HOTEL"),
                Map.entry("rule", "NONE"), Map.entry("status", "OPEN")));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select(".error-summary li")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.html().selectFirst("#capacity").hasClass("invalid")).isTrue();
        assertThat(page.html().selectFirst("#region").hasClass("invalid")).isTrue();
        assertThat(page.html().selectFirst("#name").val()).isEqualTo("Half-typed");
    }

    @Test
    void reviews_a_proposal_with_reasons_and_confirms_it_then_lists_the_household_at_the_site() {
        Api.Response s = api.post("/api/v1/sites", Map.of("name", "Review hotel " + UUID.randomUUID().toString().substring(0, 4),
                "region", "SYUNIK", "capacity", 500, "accessible", true, "latitude", 39.51, "longitude", 46.34));
        String siteId = s.body().get("id").asString();
        String householdId = household("Լուսինե", "MOBILITY", "SERIOUS_MEDICAL");
        // Other tests share this database and also register a Լուսինե: find this household by its number.
        String number = api.get("/api/v1/households/" + householdId).body().get("number").asString();
        assertThat(coordinator.get("/shelter/allocation").status()).isEqualTo(200);
        WebSession.Page run = coordinator.post("/shelter/allocation", List.of(Map.entry("timeLimitSeconds", "1"),
                Map.entry("preferredRegion", "150"), Map.entry("distancePerKm", "1"), Map.entry("sameOrigin", "10"),
                Map.entry("fill", "20"), Map.entry("fillPolicy", "EVEN"), Map.entry("unplaced", "1000"),
                Map.entry("vulnerableFirst", "1")));
        assertThat(run.status()).isEqualTo(302);
        // The review comes in pages, and other tests' households share this run: page until this one.
        org.jsoup.nodes.Element row = null;
        WebSession.Page review = null;
        for (int page = 0; row == null && page < 200; page++) {
            review = coordinator.get("/shelter/allocation?page=" + page);
            var rows = review.html().select("tr");
            if (rows.isEmpty()) break;
            row = rows.stream().filter(tr -> tr.text().contains(number)).findFirst().orElse(null);
        }
        assertThat(row).as("the household's proposal on some page of the review").isNotNull();
        assertThat(row.text()).contains("km").contains("needs an accessible site").doesNotContain("SERIOUS_MEDICAL");
        String confirmAction = row.selectFirst("form[action$=/confirm]").attr("action");
        WebSession.Page confirmed = coordinator.post(confirmAction, List.of());
        assertThat(confirmed.status()).isEqualTo(302);
        String placedSite = review.html().select("section.review-site").stream()
                .filter(sec -> sec.text().contains(number)).findFirst().orElseThrow()
                .selectFirst("h2 a").attr("href");
        WebSession.Page site = coordinator.get(placedSite);
        assertThat(site.html().select("table.residents").text()).contains("Ավետիսյան Լուսինե").contains("Confirmed");
        assertThat(site.html().select("table.residents tr").stream().filter(tr -> tr.text().contains("Ավետիսյան Լուսինե"))
                .anyMatch(tr -> tr.text().contains("Confirmed"))).isTrue();
        assertThat(site.body()).doesNotContain("SERIOUS_MEDICAL");
        assertThat(siteId).isNotBlank();
    }

    @Test
    void speaks_armenian_and_russian() {
        assertThat(coordinator.get("/shelter/sites?lang=hy").html().selectFirst("h1").text()).isEqualTo("Կացարաններ");
        assertThat(coordinator.get("/shelter/allocation?lang=ru").html().selectFirst("h1").text()).isEqualTo("Проверка распределения");
    }

    @Test
    void lets_an_analyst_see_occupancy_but_not_who_is_where() {
        WebSession analyst = new WebSession(port).signIn(user(Role.ANALYST), PASSWORD);
        assertThat(analyst.get("/shelter/sites").status()).isEqualTo(200);
        Api.Response s = api.post("/api/v1/sites", Map.of("name", "Analyst check", "region", "LORI", "capacity", 4));
        assertThat(analyst.get("/shelter/sites/" + s.body().get("id").asString()).status()).isEqualTo(403);
        assertThat(analyst.get("/shelter/allocation").status()).isEqualTo(403);
    }
}
