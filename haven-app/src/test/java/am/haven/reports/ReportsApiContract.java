package am.haven.reports;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The reports API's contract, run against every database (see the Sqlite/Postgres subclasses). */
abstract class ReportsApiContract {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;
    @Autowired am.haven.dedup.IdentityService identities;

    Api admin;
    Api analyst;
    String analystToken;

    @BeforeEach
    void signIn() {
        admin = new Api(port, users.createToken("admin", "test"));
        String name = "analyst-" + UUID.randomUUID();
        users.createUser(name, "Analyst", "analyst-password-1", EnumSet.of(Role.ANALYST));
        analystToken = users.createToken(name, "test");
        analyst = admin.withToken(analystToken);
    }

    @Test
    void the_origin_report_counts_a_settlement_once_whatever_script_it_was_typed_in_and_keeps_what_was_typed() {
        String point = "Script check " + UUID.randomUUID();
        List<String> typed = List.of("Ստեփանակերտ", "Степанакерт", "Stepanakert", "g. Stepanakert", "Khankendi", "Goris street 5");
        List<String> ids = new ArrayList<>();
        for (String settlement : typed) {
            Api.Response r = admin.post("/api/v1/households", Map.of("registrationPoint", point,
                    "origin", Map.of("settlement", settlement),
                    "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                    "members", List.of(Map.of("givenName", "Անի", "familyName", "Պետրոսյան", "sex", "F",
                            "birthDate", "1990", "relationship", "HEAD"))));
            assertThat(r.status()).as(r.text()).isEqualTo(201);
            ids.add(r.body().get("id").asString());
        }

        JsonNode d = analyst.get("/api/v1/reports/dashboard?point="
                + java.net.URLEncoder.encode(point, java.nio.charset.StandardCharsets.UTF_8)).body();
        Map<String, Long> bySettlement = new HashMap<>();
        for (JsonNode st : d.get("originSettlements")) bySettlement.merge(st.get("settlement").asString(), st.get("persons").asLong(), Long::sum);
        assertThat(bySettlement).containsExactlyInAnyOrderEntriesOf(Map.of("Stepanakert", 5L, "Goris street 5", 1L));
        assertThat(d.get("originSettlements")).hasSize(2);
        assertThat(admin.get("/api/v1/households/" + ids.get(1)).body().get("origin").get("settlement").asString())
                .isEqualTo("Степанакерт");
    }

    @Test
    void summary_counts_what_was_registered() throws Exception {
        KnownPopulation pop = new KnownPopulation().register(admin, 25, 7);
        long distinct = pop.distinctPersons(identities);

        JsonNode s = analyst.get("/api/v1/reports/summary?" + pop.filter()).body();

        assertThat(s.get("persons").asLong()).isEqualTo(pop.persons);
        assertThat(s.get("registrations").asLong()).isEqualTo(pop.persons);
        assertThat(s.get("distinctPersons").asLong()).isEqualTo(distinct);
        assertThat(s.get("households").asLong()).isEqualTo(pop.households);
        for (String sex : List.of("F", "M")) assertThat(s.get("bySex").get(sex).asLong()).isEqualTo(pop.bySex.get(sex));
        for (String band : KnownPopulation.BANDS) {
            assertThat(s.get("byAgeBand").get(band).asLong()).as(band).isEqualTo(pop.byBand.get(band));
            assertThat(s.get("bySexAndAgeBand").get("F").get(band).asLong()).isEqualTo(pop.bySexAndBand.get("F").get(band));
        }
        Map<String, Long> days = new HashMap<>();
        for (JsonNode d : s.get("arrivalsByDay")) days.put(d.get("date").asString(), d.get("persons").asLong());
        assertThat(days).isEqualTo(pop.byDay);
    }

    @Test
    void distinct_persons_follow_de_duplication_when_two_records_are_merged() throws Exception {
        KnownPopulation pop = new KnownPopulation().register(admin, 6, 13);
        long before = pop.distinctPersons(identities);
        assertThat(analyst.get("/api/v1/reports/summary?" + pop.filter()).body().get("distinctPersons").asLong())
                .isEqualTo(before);
        Map<String, String> ids = identities.identitiesOf(pop.personIds);
        List<String> distinctIds = ids.values().stream().distinct().toList();
        assertThat(distinctIds).as("de-duplication matched the records").hasSizeGreaterThan(1);

        identities.merge(distinctIds.get(0), distinctIds.get(1));

        long after = pop.distinctPersons(identities);
        assertThat(after).isEqualTo(before - 1);
        JsonNode s = analyst.get("/api/v1/reports/summary?" + pop.filter()).body();
        assertThat(s.get("distinctPersons").asLong()).isEqualTo(after);
        assertThat(s.get("persons").asLong()).isEqualTo(pop.persons);
    }

    @Test
    void a_correction_shows_in_the_next_answer() {
        KnownPopulation pop = new KnownPopulation().register(admin, 5, 17);
        assertThat(analyst.get("/api/v1/reports/summary?" + pop.filter()).body().get("persons").asLong())
                .isEqualTo(pop.persons);
        String moved = pop.householdIds.get(0);
        long size = admin.get("/api/v1/households/" + moved).body().get("members").size();

        assertThat(admin.patch("/api/v1/households/" + moved, Map.of("registrationPoint", "Elsewhere " + UUID.randomUUID()))
                .status()).isEqualTo(200);

        JsonNode s = analyst.get("/api/v1/reports/summary?" + pop.filter()).body();
        assertThat(s.get("persons").asLong()).isEqualTo(pop.persons - size);
        assertThat(s.get("households").asLong()).isEqualTo(pop.households - 1);
    }

    @Test
    void dashboard_carries_shelter_beds_and_tracing_cases_from_their_features() {
        JsonNode d = analyst.get("/api/v1/reports/dashboard").body();
        assertThat(d.get("tracing").propertyNames()).contains("open", "located", "reunited", "closed");
        assertThat(d.get("shelter").isArray()).isTrue();
        String tracing = analyst.get("/api/v1/reports/tracing-cases.csv").text();
        assertThat(tracing.split("\r\n")[1]).isEqualTo("#status+name,#affected+missing+cases");
    }

    @Test
    void summary_filters_by_region_and_by_date() {
        KnownPopulation pop = new KnownPopulation().register(admin, 4, 11);
        String day = pop.byDay.keySet().iterator().next();
        String region = java.net.URLEncoder.encode(pop.region, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(analyst.get("/api/v1/reports/summary?region=" + region).body().get("persons").asLong())
                .isEqualTo(pop.persons);
        assertThat(analyst.get("/api/v1/reports/summary?region=" + region + "&from=" + day + "&to=" + day)
                .body().get("persons").asLong()).isEqualTo(pop.persons);
        String before = java.time.LocalDate.parse(day).minusDays(1).toString();
        JsonNode none = analyst.get("/api/v1/reports/summary?region=" + region + "&to=" + before).body();
        assertThat(none.get("persons").asLong()).isZero();
        assertThat(none.get("households").asLong()).isZero();
    }

    @Test
    void rejects_bad_dates_field_by_field() {
        Api.Response r = analyst.get("/api/v1/reports/summary?from=yesterday&to=2023-13-01");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("from", "to");
        Api.Response reversed = analyst.get("/api/v1/reports/summary?from=2023-09-28&to=2023-09-25");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body().get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

    @Test
    void only_analysts_and_admins_see_reports() {
        String name = "registrar-" + UUID.randomUUID();
        users.createUser(name, "Registrar", "registrar-password-1", EnumSet.of(Role.REGISTRAR));
        Api registrar = admin.withToken(users.createToken(name, "test"));
        assertThat(registrar.get("/api/v1/reports/summary").status()).isEqualTo(403);
        assertThat(registrar.get("/api/v1/reports/summary.csv").status()).isEqualTo(403);
        assertThat(admin.withToken(null).get("/api/v1/reports").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/reports/summary").status()).isEqualTo(200);
    }

    @Test
    void lists_the_reports_by_name_and_each_exports_with_hxl_on_line_two() {
        JsonNode list = analyst.get("/api/v1/reports").body();
        assertThat(list.get("total").asInt()).isEqualTo(list.get("items").size());
        List<String> names = list.get("items").findValuesAsString("name");
        assertThat(names).contains("summary", "arrivals-by-day", "sex-age", "specific-needs", "household-size",
                "origin-settlements", "reported-figures");
        for (String name : names) {
            Api.Response csv = analyst.get("/api/v1/reports/" + name + ".csv");
            assertThat(csv.status()).as(name).isEqualTo(200);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            String[] lines = csv.text().split("\r\n");
            assertThat(lines.length).as(name).isGreaterThanOrEqualTo(2);
            for (String tag : lines[1].split(",")) assertThat(tag).as(name).matches("#[a-z][a-z0-9_]*(\\+[a-z0-9_]+)*");
            assertThat(lines[0].split(",")).hasSameSizeAs(lines[1].split(","));
        }
        assertThat(analyst.get("/api/v1/reports/nothing-like-this.csv").status()).isEqualTo(404);
    }

    @Test
    void csv_and_xlsx_agree_with_the_records_and_suppress_small_counts() throws Exception {
        KnownPopulation pop = new KnownPopulation().register(admin, 30, 3);

        List<List<String>> csv = csv(analyst.get("/api/v1/reports/sex-age.csv?" + pop.filter()).text());
        List<List<String>> xlsx = xlsx(bytes("/api/v1/reports/sex-age.xlsx?" + pop.filter()));
        assertThat(xlsx).isEqualTo(csv);
        assertThat(csv.get(1).get(0)).isEqualTo("#date");
        assertThat(csv.get(1)).contains("#affected+f+children+age5_11", "#affected+m+elderly+age60plus");
        assertThat(csv).hasSize(2 + pop.byDay.size());
        List<String> header = csv.get(0);
        List<String> row = csv.get(2);
        for (String sex : List.of("F", "M")) {
            for (String band : KnownPopulation.BANDS) {
                String column = (sex.equals("F") ? "Female " : "Male ") + band;
                assertThat(row.get(header.indexOf(column))).as(column)
                        .isEqualTo(KnownPopulation.published(pop.bySexAndBand.get(sex).get(band)));
            }
        }
        boolean sawSuppressed = pop.bySexAndBand.values().stream().flatMap(m -> m.values().stream())
                .anyMatch(n -> n > 0 && n < 5);
        assertThat(sawSuppressed).as("the population has a small cell to suppress").isTrue();
        assertThat(row).contains("<5");
        assertThat(row).noneMatch(c -> c.matches("[1-4]"));

        List<List<String>> needs = csv(analyst.get("/api/v1/reports/specific-needs.csv?" + pop.filter()).text());
        for (List<String> r : needs.subList(2, needs.size())) {
            assertThat(r.get(2)).as(r.get(0)).isEqualTo(KnownPopulation.published(pop.byNeed.getOrDefault(r.get(0), 0L)));
        }
        List<List<String>> sizes = csv(analyst.get("/api/v1/reports/household-size.csv?" + pop.filter()).text());
        Map<String, String> bySize = new HashMap<>();
        for (List<String> r : sizes.subList(2, sizes.size())) bySize.put(r.get(0), r.get(1));
        Map<String, String> expected = new HashMap<>();
        pop.bySize.forEach((size, n) -> expected.put(size.toString(), KnownPopulation.published(n)));
        assertThat(bySize).isEqualTo(expected);
    }

    @Test
    void dashboard_data_agrees_with_the_summary_and_the_records() throws Exception {
        KnownPopulation pop = new KnownPopulation().register(admin, 12, 5);
        long distinct = pop.distinctPersons(identities);

        JsonNode d = analyst.get("/api/v1/reports/dashboard?" + pop.filter()).body();
        JsonNode s = analyst.get("/api/v1/reports/summary?" + pop.filter()).body();

        assertThat(d.get("summary")).isEqualTo(s);
        JsonNode arrivals = d.get("arrivals");
        long total = 0;
        for (JsonNode n : arrivals.get("persons")) total += n.asLong();
        assertThat(total).isEqualTo(pop.persons);
        JsonNode cumulative = arrivals.get("cumulative");
        assertThat(cumulative.get(cumulative.size() - 1).asLong()).isEqualTo(pop.persons);
        assertThat(arrivals.get("byPoint").get(0).get("point").asString()).isEqualTo(pop.point);
        for (int i = 0; i < KnownPopulation.BANDS.size(); i++) {
            String band = KnownPopulation.BANDS.get(i);
            assertThat(d.get("pyramid").get("female").get(i).asLong()).isEqualTo(pop.bySexAndBand.get("F").get(band));
            assertThat(d.get("pyramid").get("male").get(i).asLong()).isEqualTo(pop.bySexAndBand.get("M").get(band));
        }
        for (JsonNode n : d.get("needs")) {
            assertThat(n.get("persons").asLong()).as(n.get("need").asString())
                    .isEqualTo(pop.byNeed.getOrDefault(n.get("need").asString(), 0L));
        }
        for (JsonNode st : d.get("originSettlements")) {
            assertThat(st.get("region").asString()).isEqualTo(pop.region);
            assertThat(st.get("persons").asLong()).isEqualTo(pop.bySettlement.get(st.get("settlement").asString()));
        }
        long households = 0;
        for (JsonNode h : d.get("householdSizes")) {
            households += h.get("households").asLong();
            assertThat(h.get("households").asLong()).isEqualTo(pop.bySize.get(h.get("size").asInt()));
        }
        assertThat(households).isEqualTo(pop.households);
        assertThat(d.get("baseline").get("population").asLong()).isEqualTo(120000);
        assertThat(d.get("baseline").get("displaced").asLong()).isEqualTo(distinct);
        assertThat(d.get("baseline").get("share").asDouble()).isEqualTo(distinct / 120000.0);
        assertThat(d.get("registrationPoints").toString()).contains(pop.point);
    }

    @Test
    void records_outside_figures_with_their_source_apart_from_havens_counts() {
        String source = "Ministry of Health " + UUID.randomUUID();
        Api.Response r = analyst.post("/api/v1/reports/figures", Map.of("date", "2023-09-26", "kind", "casualties",
                "value", 218, "area", "Stepanakert", "source", source, "verification", "OFFICIAL"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("id").asString()).isNotBlank();

        Api.Response bad = analyst.post("/api/v1/reports/figures", Map.of("date", "26.09.2023", "kind", "rumours",
                "value", -1, "verification", "maybe", "source", " "));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("date", "kind", "value", "verification", "source");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reported_figure WHERE source = ' '").query(Long.class).single()).isZero();

        JsonNode list = analyst.get("/api/v1/reports/figures?from=2023-09-26&to=2023-09-26").body();
        assertThat(list.get("items").findValuesAsString("source")).contains(source);
        assertThat(list.get("total").asLong()).isEqualTo(list.get("items").size());

        String csv = analyst.get("/api/v1/reports/reported-figures.csv?from=2023-09-26&to=2023-09-26").text();
        assertThat(csv.lines().filter(l -> l.contains(source)).findFirst().orElseThrow())
                .isEqualTo("2023-09-26,CASUALTIES,218,Stepanakert," + source + ",OFFICIAL,");
    }

    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) rows.add(List.of(line.split(",", -1)));
        return rows;
    }

    byte[] bytes(String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + analystToken).build();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    static List<List<String>> xlsx(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
