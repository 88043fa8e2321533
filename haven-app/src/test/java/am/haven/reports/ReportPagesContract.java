package am.haven.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import am.haven.security.UserService;
import am.haven.testing.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard, sitrep and figures pages, rendered by the application (MockMvc over the running
 * context, with a signed-in user), checked against the API and against the registered records.
 */
abstract class ReportPagesContract {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;

    MockMvc mvc;
    Api admin;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        admin = new Api(port, users.createToken("admin", "test"));
    }

    static MockHttpServletRequestBuilder asAnalyst(MockHttpServletRequestBuilder b) {
        return b.with(user("analyst").roles("ANALYST"));
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(asAnalyst(request)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void dashboard_shows_the_same_figures_as_the_api_and_the_records() throws Exception {
        KnownPopulation pop = new KnownPopulation().register(admin, 10, 21);

        String html = page(get("/dashboard").param("point", pop.point));
        JsonNode api = admin.get("/api/v1/reports/dashboard?" + pop.filter()).body();

        assertThat(text(html, "kf-registrations")).isEqualTo(Long.toString(pop.persons));
        assertThat(text(html, "kf-households")).isEqualTo(Long.toString(pop.households));
        String data = attribute(html, "data-dashboard");
        JsonNode embedded = Api.parse(unescape(data));
        assertThat(embedded).isEqualTo(api);
        List<String> pyramidRows = rows(html, "table-pyramid");
        for (int i = 0; i < KnownPopulation.BANDS.size(); i++) {
            String band = KnownPopulation.BANDS.get(i);
            assertThat(pyramidRows.get(i)).as(band).endsWith("|" + pop.bySexAndBand.get("F").get(band)
                    + "|" + pop.bySexAndBand.get("M").get(band));
        }
        assertThat(html).contains("/webjars/echarts/dist/echarts.min.js", "/js/dashboard.js");
        assertThat(html).doesNotContain("Given", "Հովհաննիսյան", "Оганесян");
    }

    @Test
    void dashboard_renders_a_household_whose_origin_names_no_settlement() throws Exception {
        String point = "No-settlement point " + java.util.UUID.randomUUID();
        Api.Response r = admin.post("/api/v1/households", java.util.Map.of("registrationPoint", point,
                "origin", java.util.Map.of("region", "SHUSHI"),
                "consent", java.util.Map.of("assistance", true, "tracing", true, "sharing", false),
                "members", java.util.List.of(java.util.Map.of("givenName", "Արմեն", "familyName", "Սարգսյան",
                        "sex", "M", "birthDate", "1980", "relationship", "HEAD"))));
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);

        String html = page(get("/dashboard").param("point", point));

        assertThat(html).contains("id=\"chart-origin-settlements\"");
    }

    @Test
    void dashboard_and_sitrep_are_for_analysts_and_admins_only() throws Exception {
        assertThat(mvc.perform(get("/dashboard").with(user("clerk").roles("REGISTRAR"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/sitrep").with(user("clerk").roles("SHELTER"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/sitrep").with(user("boss").roles("ADMIN"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void sitrep_prints_in_three_languages_with_small_counts_suppressed() throws Exception {
        new KnownPopulation().register(admin, 3, 2);
        String today = LocalDate.now(ZoneId.of("Asia/Yerevan")).toString();
        long expected = admin.get("/api/v1/reports/summary?from=" + today + "&to=" + today).body().get("persons").asLong();

        String en = page(get("/sitrep").param("date", today).header("Accept-Language", "en"));
        String hy = page(get("/sitrep").param("date", today).header("Accept-Language", "hy"));
        String ru = page(get("/sitrep").param("date", today).header("Accept-Language", "ru"));

        assertThat(en).contains("Situation report, " + today, "Reported by others");
        assertThat(hy).contains("Իրավիճակի հաշվետվություն, " + today, "Այլոց հաղորդածը");
        assertThat(ru).contains("Оперативная сводка, " + today, "Данные других источников");
        assertThat(text(en, "sitrep-day-persons")).isEqualTo(KnownPopulation.published(expected));
        assertThat(en).contains("/css/reports.css", "id=\"print-sitrep\"");
    }

    @Test
    void sitrep_lists_outside_figures_with_their_source_apart_from_havens_counts() throws Exception {
        String source = "Border police " + UUID.randomUUID();
        MvcResult posted = mvc.perform(asAnalyst(post("/reports/figures").with(csrf()).param("date", "2023-09-27")
                .param("kind", "ARRIVALS").param("value", "40 000").param("source", source)
                .param("verification", "UNVERIFIED"))).andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/reports/figures?recorded");
        String html = page(get("/sitrep").param("date", "2023-09-28"));
        String reported = html.substring(html.indexOf("id=\"sitrep-reported\""));
        assertThat(reported).contains(source, "40000", "Unverified");
        assertThat(html.substring(0, html.indexOf("id=\"sitrep-reported\""))).doesNotContain(source);
    }

    @Test
    void figure_form_reports_every_bad_field_and_records_nothing() throws Exception {
        String source = "Rumour " + UUID.randomUUID();
        String html = page(post("/reports/figures").with(csrf()).param("date", "yesterday").param("kind", "ARRIVALS")
                .param("value", "-3").param("source", source).param("verification", "VERIFIED"));
        assertThat(html).contains("href=\"#fig-date\"", "href=\"#fig-value\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reported_figure WHERE source = ?").param(source)
                .query(Long.class).single()).isZero();
    }

    @Test
    void exports_from_the_pages_match_the_api_exports() throws Exception {
        KnownPopulation pop = new KnownPopulation().register(admin, 6, 9);
        String page = page(get("/reports/export/sex-age.csv").param("point", pop.point));
        String api = admin.get("/api/v1/reports/sex-age.csv?" + pop.filter()).text();
        assertThat(page).isEqualTo(api);
    }

    static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1).trim();
    }

    static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The cells of a table's body rows, joined by {@code |}. */
    static List<String> rows(String html, String id) {
        String table = html.substring(html.indexOf("id=\"" + id + "\""));
        table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        return Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table).results()
                .map(r -> r.group(1).replaceAll("\\s+", " ").replaceAll("<t[dh][^>]*>", "|").replaceAll("<[^>]+>", "")
                        .replace(" |", "|").trim().substring(1))
                .toList();
    }
}
