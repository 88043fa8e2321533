package am.haven.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The shelter API's contract, run against every database (see the Sqlite/Postgres subclasses). */
abstract class ShelterApiContract {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;

    Api admin;
    Api shelter;
    String shelterToken;

    @BeforeEach
    void signIn() {
        admin = new Api(port, users.createToken("admin", "test"));
        shelterToken = token(Role.SHELTER);
        shelter = admin.withToken(shelterToken);
    }

    Api as(Role role) {
        return admin.withToken(token(role));
    }

    String token(Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, role.name(), "a-long-password-1", EnumSet.of(role));
        return users.createToken(name, "test");
    }

    /** Posts a file as multipart/form-data (the JSON client always sends JSON). */
    Api.Response upload(String filename, String content) throws Exception {
        return upload(filename, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Api.Response upload(String filename, byte[] content) throws Exception {
        String boundary = "----haven-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/sites/import"))
                        .header("Authorization", "Bearer " + shelterToken)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Response(r.statusCode(), Api.parse(r.body()), r.body(), r.headers());
    }

    String site(String name, int capacity, boolean accessible, String rule) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", "HOTEL", "region", "SYUNIK",
                "capacity", capacity, "accessible", accessible, "latitude", 39.5, "longitude", 46.3));
        if (rule != null) body.put("rule", rule);
        Api.Response r = shelter.post("/api/v1/sites", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asString();
    }

    static Map<String, Object> member(String given, String sex, String birth, String rel, String... needs) {
        Map<String, Object> m = new HashMap<>(Map.of("givenName", given, "familyName", "Սարգսյան", "sex", sex,
                "birthDate", birth, "relationship", rel));
        if (needs.length > 0) m.put("needs", List.of(needs));
        return m;
    }

    String household(List<Map<String, Object>> members) {
        Api.Response r = admin.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                "origin", Map.of("settlement", "Stepanakert"), "phone", "091 23 45 67",
                "consent", Map.of("assistance", true, "tracing", true, "sharing", false), "members", members));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asString();
    }

    String single() {
        return household(List.of(member("Արամ", "M", "1980", "HEAD")));
    }

    String proposal(String household, String site) {
        Api.Response r = shelter.post("/api/v1/placements", Map.of("householdId", household, "siteId", site));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asString();
    }

    @Test
    void creates_a_site_and_reads_it_with_occupied_and_free_beds() {
        String id = site("Hotel Mirhav", 40, true, null);
        JsonNode s = shelter.get("/api/v1/sites/" + id).body();
        assertThat(s.get("name").asString()).isEqualTo("Hotel Mirhav");
        assertThat(s.get("capacity").asInt()).isEqualTo(40);
        assertThat(s.get("accessible").asBoolean()).isTrue();
        assertThat(s.get("region").asString()).isEqualTo("SYUNIK");
        assertThat(s.get("occupied").asInt()).isZero();
        assertThat(s.get("free").asInt()).isEqualTo(40);
        assertThat(as(Role.ANALYST).get("/api/v1/sites/" + id).status()).isEqualTo(200);
    }

    @Test
    void rejects_a_site_without_capacity_naming_each_field_and_writes_nothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM site").query(Long.class).single();
        Api.Response r = shelter.post("/api/v1/sites", Map.of("name", "", "region", "Atlantis", "rule", "ADULTS_ONLY"));
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("name", "region", "capacity", "rule");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void only_shelter_coordinators_and_admins_manage_sites_and_run_allocations() {
        Api analyst = as(Role.ANALYST);
        assertThat(analyst.post("/api/v1/sites", Map.of("name", "x", "region", "SYUNIK", "capacity", 3)).status()).isEqualTo(403);
        assertThat(as(Role.REGISTRAR).post("/api/v1/allocations", Map.of("waiting", true)).status()).isEqualTo(403);
        String id = site("Dormitory 3", 10, false, null);
        assertThat(analyst.get("/api/v1/sites/" + id + "/residents").status()).isEqualTo(403);
    }

    @Test
    void proposes_placements_with_score_lower_bound_gap_and_explanations() {
        String site = site("Goris college dormitory", 30, true, null);
        String a = household(List.of(member("Անի", "F", "1990", "HEAD"), member("Գոռ", "M", "2015", "CHILD")));
        String b = single();
        Api.Response r = shelter.post("/api/v1/allocations", Map.of("households", List.of(a, b), "timeLimitSeconds", 2));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode body = r.body();
        assertThat(body.get("id").asString()).isNotBlank();
        assertThat(body.get("placements")).hasSize(2);
        assertThat(body.get("unplaced")).isEmpty();
        assertThat(body.get("score").asDouble()).isPositive();
        assertThat(body.get("lowerBound").asDouble()).isPositive().isLessThanOrEqualTo(body.get("score").asDouble());
        assertThat(body.get("gap").asDouble()).isGreaterThanOrEqualTo(0);
        JsonNode p = body.get("placements").get(0);
        assertThat(p.get("householdId").asString()).isIn(a, b);
        assertThat(p.get("siteId").asString()).isNotBlank();
        assertThat(p.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(p.get("cost").get("km").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(shelter.get("/api/v1/allocations/" + body.get("id").asString()).body().get("placements")).hasSize(2);
        assertThat(site).isNotBlank();
    }

    @Test
    void rejects_an_allocation_request_naming_each_bad_field() {
        Api.Response r = shelter.post("/api/v1/allocations", Map.of("households", List.of("no-such-household"),
                "timeLimitSeconds", 0, "weights", Map.of("fillPolicy", "RANDOM", "distancePerKm", -1)));
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("households[0]", "timeLimitSeconds", "weights.fillPolicy", "weights.distancePerKm");
        assertThat(shelter.post("/api/v1/allocations", Map.of("timeLimitSeconds", 1)).status()).isEqualTo(400);
    }

    @Test
    void allocates_every_waiting_household_when_asked_for_the_waiting() {
        site("Vayk collective centre", 400, true, null);
        String h = single();
        Api.Response r = shelter.post("/api/v1/allocations", Map.of("waiting", true, "timeLimitSeconds", 2));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        List<String> seen = new ArrayList<>();
        r.body().get("placements").forEach(p -> seen.add(p.get("householdId").asString()));
        r.body().get("unplaced").forEach(u -> seen.add(u.asString()));
        assertThat(seen).contains(h);
    }

    @Test
    void sends_a_wheelchair_user_only_to_an_accessible_site() {
        site("Upper-floor hostel", 50, false, null);
        site("Step-free hotel", 50, true, null);
        String h = household(List.of(member("Վարդան", "M", "1950", "HEAD", "MOBILITY")));
        JsonNode r = shelter.post("/api/v1/allocations", Map.of("households", List.of(h), "timeLimitSeconds", 1)).body();
        String siteId = r.get("placements").get(0).get("siteId").asString();
        assertThat(shelter.get("/api/v1/sites/" + siteId).body().get("accessible").asBoolean()).isTrue();
        String upper = site("Another upper floor", 10, false, null);
        Api.Response manual = shelter.post("/api/v1/placements", Map.of("householdId", h, "siteId", upper));
        assertThat(manual.status()).isEqualTo(400);
        assertThat(manual.body().get("errors").get(0).get("field").asString()).isEqualTo("siteId");
    }

    @Test
    void refuses_a_man_at_a_women_and_children_site_and_a_single_person_at_a_families_only_site() {
        String wc = site("Women's shelter", 10, false, "WOMEN_AND_CHILDREN_ONLY");
        String fam = site("Family rooms", 10, false, "FAMILIES_ONLY");
        String man = single();
        assertThat(shelter.post("/api/v1/placements", Map.of("householdId", man, "siteId", wc)).status()).isEqualTo(400);
        assertThat(shelter.post("/api/v1/placements", Map.of("householdId", man, "siteId", fam)).status()).isEqualTo(400);
        String mother = household(List.of(member("Անի", "F", "1990", "HEAD"), member("Գոռ", "M", "2015", "CHILD")));
        assertThat(shelter.post("/api/v1/placements", Map.of("householdId", mother, "siteId", wc)).status()).isEqualTo(201);
        assertThat(shelter.post("/api/v1/placements", Map.of("householdId", mother, "siteId", fam)).status()).isEqualTo(201);
    }

    @Test
    void walks_a_placement_through_confirm_check_in_and_check_out_with_occupancy_derived() {
        String site = site("Kapan hotel", 5, false, null);
        String h = household(List.of(member("Անի", "F", "1990", "HEAD"), member("Նարե", "F", "2012", "CHILD")));
        String p = proposal(h, site);
        assertThat(shelter.get("/api/v1/sites/" + site).body().get("occupied").asInt()).isZero();
        assertThat(shelter.post("/api/v1/placements/" + p + "/check-in", null).status()).isEqualTo(409);
        Api.Response confirmed = shelter.post("/api/v1/placements/" + p + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.body().get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode s = shelter.get("/api/v1/sites/" + site).body();
        assertThat(s.get("occupied").asInt()).isEqualTo(2);
        assertThat(s.get("free").asInt()).isEqualTo(3);
        assertThat(shelter.post("/api/v1/placements/" + p + "/check-in", null).body().get("status").asString()).isEqualTo("CHECKED_IN");
        assertThat(shelter.post("/api/v1/placements/" + p + "/confirm", null).status()).isEqualTo(409);
        JsonNode residents = shelter.get("/api/v1/sites/" + site + "/residents").body();
        assertThat(residents.get("total").asInt()).isEqualTo(1);
        assertThat(residents.get("items").get(0).get("members").get(0).get("givenName").asString()).isEqualTo("Անի");
        assertThat(shelter.post("/api/v1/placements/" + p + "/check-out", null).body().get("status").asString()).isEqualTo("CHECKED_OUT");
        assertThat(shelter.get("/api/v1/sites/" + site).body().get("occupied").asInt()).isZero();
    }

    @Test
    void shows_residents_names_and_accessible_site_need_but_no_medical_detail() {
        String site = site("Sisian guest house", 6, true, null);
        String h = household(List.of(member("Գայանե", "F", "1958", "HEAD", "MOBILITY", "SERIOUS_MEDICAL", "SGBV")));
        shelter.post("/api/v1/placements/" + proposal(h, site) + "/confirm", null);
        Api.Response r = shelter.get("/api/v1/sites/" + site + "/residents");
        assertThat(r.text()).contains("Գայանե").contains("\"needsAccessibleSite\":true")
                .doesNotContain("SERIOUS_MEDICAL").doesNotContain("SGBV").doesNotContain("MOBILITY");
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'READ' AND detail LIKE ?")
                .param("site residents site=" + site + "%").query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void places_new_arrivals_without_moving_households_already_checked_in() {
        String site = site("Jermuk sanatorium", 4, false, null);
        String settled = household(List.of(member("Արմեն", "M", "1970", "HEAD"), member("Լիլիթ", "F", "1972", "SPOUSE"),
                member("Սոնա", "F", "2001", "CHILD")));
        String p = proposal(settled, site);
        shelter.post("/api/v1/placements/" + p + "/confirm", null);
        shelter.post("/api/v1/placements/" + p + "/check-in", null);
        List<String> arrivals = List.of(single(), single(), single());
        JsonNode run = shelter.post("/api/v1/allocations", Map.of("households", arrivals, "timeLimitSeconds", 1)).body();
        int newAtSite = 0;
        for (JsonNode x : run.get("placements")) {
            assertThat(x.get("householdId").asString()).isIn(arrivals);
            if (x.get("siteId").asString().equals(site)) newAtSite += x.get("persons").asInt();
        }
        assertThat(newAtSite).isLessThanOrEqualTo(1);
        JsonNode still = shelter.get("/api/v1/placements/" + p).body();
        assertThat(still.get("status").asString()).isEqualTo("CHECKED_IN");
        assertThat(still.get("siteId").asString()).isEqualTo(site);
        Api.Response again = shelter.post("/api/v1/allocations", Map.of("households", List.of(settled)));
        assertThat(again.status()).isEqualTo(400);
    }

    @Test
    void never_overbooks_a_site_when_coordinators_confirm_at_the_same_moment() throws Exception {
        String site = site("Contested hostel", 4, false, null);
        List<String> proposals = new ArrayList<>();
        for (int i = 0; i < 10; i++) proposals.add(proposal(single(), site));
        Api second = as(Role.SHELTER);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < proposals.size(); i++) {
                Api who = i % 2 == 0 ? shelter : second;
                String p = proposals.get(i);
                Callable<Integer> confirm = () -> {
                    start.await();
                    return who.post("/api/v1/placements/" + p + "/confirm", null).status();
                };
                results.add(pool.submit(confirm));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) statuses.add(f.get());
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        JsonNode s = shelter.get("/api/v1/sites/" + site).body();
        assertThat(s.get("occupied").asInt()).isEqualTo(4);
        assertThat(s.get("free").asInt()).isZero();
    }

    @Test
    void imports_sites_from_csv_all_or_nothing_with_row_and_column_named() throws Exception {
        String good = "name,type,region,capacity,accessible,features,latitude,longitude\n"
                + "#loc+name,,#adm1+name,#capacity,,,#geo+lat,#geo+lon\n"
                + "Hotel Ani,HOTEL,Yerevan,120,yes,KITCHEN;HEATING,40.18,44.51\n"
                + "\"Gyumri dorm, block B\",DORMITORY,Շիրակ,60,no,,,\n";
        Api.Response ok = upload("sites.csv", good);
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
        assertThat(ok.body().get("total").asInt()).isEqualTo(2);
        assertThat(ok.body().get("items").get(1).get("region").asString()).isEqualTo("SHIRAK");
        assertThat(ok.body().get("items").get(0).get("kitchen").asBoolean()).isTrue();

        long before = jdbc.sql("SELECT COUNT(*) FROM site").query(Long.class).single();
        String bad = "name,region,capacity\nFine site,Lori,10\nBroken site,Lori,many\n";
        Api.Response r = upload("sites.csv", bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("rows[3].capacity");
        assertThat(r.body().get("errors").get(0).get("message").asString()).contains("row 3, column C");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void imports_sites_from_an_xlsx_workbook_naming_the_bad_cell() throws Exception {
        Api.Response ok = upload("sites.xlsx", workbook(new Object[][] {
                {"Name", "Region", "Beds", "Wheelchair accessible", "Rule"},
                {"Sevan resort", "Gegharkunik", 80, "yes", "FAMILIES_ONLY"},
                {"Dilijan dorm", "Тавуш", 45.0, "no", ""}}));
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
        assertThat(ok.body().get("items").get(0).get("capacity").asInt()).isEqualTo(80);
        assertThat(ok.body().get("items").get(0).get("rule").asString()).isEqualTo("FAMILIES_ONLY");
        assertThat(ok.body().get("items").get(1).get("region").asString()).isEqualTo("TAVUSH");

        Api.Response bad = upload("sites.xlsx", workbook(new Object[][] {
                {"Name", "Region", "Beds", "Wheelchair accessible"},
                {"Sevan resort 2", "Gegharkunik", 80, "perhaps"}}));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("rows[2].accessible");
        assertThat(bad.body().get("errors").get(0).get("message").asString()).contains("column D");
    }

    static byte[] workbook(Object[][] rows) throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Sites");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else row.createCell(c).setCellValue(String.valueOf(v));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void transfers_a_checked_in_household_and_moves_its_beds_with_it_but_never_into_a_full_site() {
        String from = site("Transfer origin", 5, false, null);
        String to = site("Transfer target", 5, false, null);
        String full = site("Transfer full", 1, false, null);
        String h = household(List.of(member("Անի", "F", "1990", "HEAD"), member("Նարե", "F", "2012", "CHILD")));
        String p = proposal(h, from);
        shelter.post("/api/v1/placements/" + p + "/confirm", null);
        shelter.post("/api/v1/placements/" + p + "/check-in", null);
        assertThat(shelter.post("/api/v1/placements/" + p + "/transfer", Map.of("siteId", full)).status()).isEqualTo(409);
        assertThat(shelter.get("/api/v1/placements/" + p).body().get("status").asString()).isEqualTo("CHECKED_IN");
        Api.Response moved = shelter.post("/api/v1/placements/" + p + "/transfer", Map.of("siteId", to));
        assertThat(moved.status()).as(moved.text()).isEqualTo(201);
        assertThat(moved.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(shelter.get("/api/v1/placements/" + p).body().get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(shelter.get("/api/v1/sites/" + from).body().get("occupied").asInt()).isZero();
        assertThat(shelter.get("/api/v1/sites/" + to).body().get("occupied").asInt()).isEqualTo(2);
    }
}
