package am.haven.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.WebSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The assistance pages, in Armenian, Russian and English, run against every database. */
abstract class AssistancePagesContract {

    static final String PASSWORD = "officer-password-1";

    @LocalServerPort int port;
    @Autowired UserService users;

    WebSession session(Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, role.name(), PASSWORD, EnumSet.of(role));
        return new WebSession(port).signIn(name, PASSWORD);
    }

    void household() {
        Api admin = new Api(port, users.createToken("admin", "test"));
        Api.Response r = admin.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                "origin", Map.of("settlement", "Stepanakert"), "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                "members", List.of(Map.of("givenName", "Լուսինե", "familyName", "Մկրտչյան", "sex", "F", "birthDate", "1979-04-02",
                        "relationship", "HEAD"))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    static void noMissingText(WebSession.Page page) {
        assertThat(page.body()).doesNotContain("??");
    }

    @Test
    void an_officer_drafts_in_armenian_a_second_approves_and_the_bank_file_downloads() {
        household();
        WebSession maker = session(Role.ASSISTANCE);
        WebSession.Page list = maker.get("/assistance?lang=hy");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("h1").text()).isEqualTo("Աջակցության ծրագրեր");
        noMissingText(list);

        WebSession.Page created = maker.post("/assistance/programmes", List.of(Map.entry("name", "Միանվագ 100000"),
                Map.entry("unit", "PERSON"), Map.entry("amount", "100 000"), Map.entry("currency", "AMD"),
                Map.entry("recurrence", "ONCE"), Map.entry("eligibility", "")));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String programme = created.redirectPath();
        WebSession.Page page = maker.get(programme);
        noMissingText(page);
        assertThat(page.html().select("#draft-cycle").text()).isEqualTo("Կազմել հաջորդ ցիկլը");

        WebSession.Page drafted = maker.post(programme + "/cycles", List.of());
        assertThat(drafted.status()).isEqualTo(302);
        String cycle = drafted.redirectPath();
        WebSession.Page own = maker.get(cycle);
        noMissingText(own);
        assertThat(own.html().select("#cycle-status").text()).isEqualTo("նախագիծ");
        assertThat(own.html().select("#approve")).isEmpty();
        assertThat(own.body()).contains("Այս ցուցակը կազմել եք դուք");
        assertThat(maker.post(cycle + "/approve", List.of()).status()).isEqualTo(302);
        assertThat(maker.get(cycle).html().select("#cycle-status").text()).isEqualTo("նախագիծ");

        WebSession checker = session(Role.ASSISTANCE);
        checker.get(cycle + "?lang=hy");
        assertThat(checker.post(cycle + "/approve", List.of()).status()).isEqualTo(302);
        WebSession.Page approved = checker.get(cycle);
        assertThat(approved.html().select("#cycle-status").text()).isEqualTo("հաստատված");
        noMissingText(approved);
        WebSession.Page file = checker.get(cycle + "/payment-list.csv");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).startsWith(String.join(",", PaymentLists.HEADER)).contains("TOTAL,");
    }

    @Test
    void the_pages_render_every_text_in_all_three_languages() {
        WebSession officer = session(Role.ASSISTANCE);
        for (String lang : List.of("hy", "ru", "en")) {
            noMissingText(officer.get("/assistance?lang=" + lang));
            noMissingText(officer.get("/assistance/cases?lang=" + lang));
        }
        assertThat(officer.get("/assistance/cases?lang=ru").html().select("h1").text()).isEqualTo("Дела о возврате и пропущенных выплатах");
    }

    @Test
    void analysts_and_caseworkers_cannot_open_the_assistance_pages() {
        assertThat(session(Role.ANALYST).get("/assistance").status()).isEqualTo(403);
        assertThat(session(Role.CASEWORKER).get("/assistance/cases").status()).isEqualTo(403);
    }
}
