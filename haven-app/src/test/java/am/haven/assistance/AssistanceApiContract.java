package am.haven.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The assistance API's contract, run against every database (see the Sqlite/Postgres subclasses). */
abstract class AssistanceApiContract {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;
    @Autowired AssistanceCases cases;

    Api admin;
    Api officer;
    Api checker;
    final Random random = new Random();

    @BeforeEach
    void signIn() {
        admin = new Api(port, users.createToken("admin", "test"));
        officer = as(Role.ASSISTANCE);
        checker = as(Role.ASSISTANCE);
    }

    Api as(Role role) {
        return new Api(port, token(role));
    }

    String token(Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, role.name(), "a-long-password-1", EnumSet.of(role));
        return users.createToken(name, "test");
    }

    // ---- registrations -------------------------------------------------------------------------

    /** A family name no other test uses, so the matcher links nobody else to it. */
    String armenianSurname() {
        String letters = "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ";
        StringBuilder sb = new StringBuilder("Տ");
        for (int i = 0; i < 7; i++) sb.append(letters.charAt(random.nextInt(letters.length())));
        return sb + "յան";
    }

    String russianSurname() {
        String letters = "абвгдежзиклмнопрстуфхцчшщ";
        StringBuilder sb = new StringBuilder("Ю");
        for (int i = 0; i < 7; i++) sb.append(letters.charAt(random.nextInt(letters.length())));
        return sb + "ян";
    }

    static Map<String, Object> member(String given, String family, String sex, String birth, String rel) {
        return new HashMap<>(Map.of("givenName", given, "familyName", family, "sex", sex, "birthDate", birth, "relationship", rel));
    }

    /** Registers a household and returns its members' person ids in order. */
    List<String> household(boolean consent, List<Map<String, Object>> members) {
        Api.Response r = admin.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                "origin", Map.of("settlement", "Stepanakert"),
                "consent", Map.of("assistance", consent, "tracing", true, "sharing", false), "members", members));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        List<String> ids = new ArrayList<>();
        for (JsonNode m : r.body().get("members")) ids.add(m.get("id").asString());
        return ids;
    }

    /** A person unlike any other test's (name and birth date), so the matcher links them to nobody. */
    String adult() {
        String given = armenianSurname().substring(0, 6);
        return household(true, List.of(member(given, armenianSurname(), random.nextBoolean() ? "M" : "F", randomBirth(), "HEAD"))).get(0);
    }

    String randomBirth() {
        return String.format("%d-%02d-%02d", 1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** The record's identity once the matcher has placed it. */
    String identityOf(String personId) {
        return eventually(() -> jdbc.sql("SELECT identity_id FROM identity_member WHERE person_id = ?").param(personId)
                .query(String.class).optional().orElse(null));
    }

    /** Puts two records in one identity (the matcher may already have); returns the identity. */
    String sameIdentity(String a, String b) {
        String ia = identityOf(a), ib = identityOf(b);
        if (!ia.equals(ib)) {
            Api.Response m = admin.post("/api/v1/identities/" + ia + "/merge", Map.of("identityId", ib));
            assertThat(m.status()).as(m.text()).isEqualTo(200);
        }
        return identityOf(a);
    }

    static <T> T eventually(Supplier<T> probe) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            T value = probe.get();
            if (value != null) return value;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("condition not met within 30 s");
    }

    // ---- programmes and cycles ---------------------------------------------------------------

    String programme(Api by, Map<String, Object> recurrence, List<String> eligibility) {
        Api.Response r = by.post("/api/v1/programmes", Map.of("name", "One-off payment " + UUID.randomUUID().toString().substring(0, 6),
                "unit", "PERSON", "amount", Map.of("value", 100000, "currency", "AMD"), "recurrence", recurrence,
                "eligibility", eligibility));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asString();
    }

    String onceProgramme() {
        return programme(officer, Map.of("kind", "ONCE"), List.of());
    }

    JsonNode draft(String programme) {
        Api.Response r = officer.post("/api/v1/programmes/" + programme + "/cycles", null);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body();
    }

    String approvedCycle(String programme) {
        String cycle = draft(programme).get("id").asString();
        Api.Response a = checker.post("/api/v1/programmes/" + programme + "/cycles/" + cycle + "/approve", null);
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        return cycle;
    }

    JsonNode lines(String programme, String cycle, String lang) {
        Api.Response r = officer.get("/api/v1/programmes/" + programme + "/cycles/" + cycle + "/lines?limit=10000"
                + (lang == null ? "" : "&lang=" + lang));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body();
    }

    /** The lines of a cycle that cover any of these records. */
    List<JsonNode> linesOf(String programme, String cycle, String lang, String... personIds) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode l : lines(programme, cycle, lang).get("items")) {
            for (JsonNode p : l.get("personIds")) {
                if (List.of(personIds).contains(p.asString())) {
                    out.add(l);
                    break;
                }
            }
        }
        return out;
    }

    JsonNode lineOf(String programme, String cycle, String personId) {
        List<JsonNode> ls = linesOf(programme, cycle, null, personId);
        assertThat(ls).hasSize(1);
        return ls.get(0);
    }

    Api.Response reconcile(Api by, String programme, String cycle, String csv) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/programmes/" + programme + "/cycles/" + cycle + "/reconciliation"))
                .header("Authorization", "Bearer " + tokenOf(by)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Response(r.statusCode(), r.body().startsWith("{") ? Api.parse(r.body()) : null, r.body(), r.headers());
    }

    private final Map<Api, String> tokens = new HashMap<>();

    String tokenOf(Api api) {
        try {
            var f = Api.class.getDeclaredField("token");
            f.setAccessible(true);
            return (String) f.get(api);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> download(Api by, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokenOf(by)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---- the contract ------------------------------------------------------------------------

    @Test
    void one_real_person_registered_in_two_scripts_gets_one_line() {
        String surname = armenianSurname();
        String born = randomBirth();
        String armenian = household(true, List.of(member("Արամ", surname, "M", born, "HEAD"))).get(0);
        String russian = household(true, List.of(member("Арам", russianSurname(), "M", born, "HEAD"))).get(0);
        String identity = sameIdentity(armenian, russian);
        String programme = onceProgramme();

        JsonNode cycle = draft(programme);
        assertThat(cycle.get("number").asInt()).isEqualTo(1);
        assertThat(cycle.get("status").asString()).isEqualTo("DRAFT");
        List<JsonNode> mine = linesOf(programme, cycle.get("id").asString(), null, armenian, russian);

        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("identityId").asString()).isEqualTo(identity);
        assertThat(mine.get(0).get("personIds").valueStream().map(JsonNode::asString).toList()).contains(armenian, russian);
        assertThat(mine.get(0).get("amount").asLong()).isEqualTo(100000);
        assertThat(mine.get(0).get("status").asString()).isEqualTo("PENDING");
        JsonNode all = lines(programme, cycle.get("id").asString(), null);
        assertThat(all.get("total").asInt()).isEqualTo(cycle.get("totals").get("lines").asInt());
        long sum = all.get("items").valueStream().mapToLong(l -> l.get("amount").asLong()).sum();
        assertThat(sum).isEqualTo(cycle.get("totals").get("amount").asLong());
        List<String> identities = all.get("items").valueStream().map(l -> l.get("identityId").asString()).toList();
        assertThat(identities).doesNotHaveDuplicates();
    }

    @Test
    void a_household_without_consent_is_not_paid_and_says_why() {
        String person = household(false, List.of(member("Անի", armenianSurname(), "F", "1990", "HEAD"))).get(0);
        String programme = onceProgramme();
        JsonNode line = lineOf(programme, draft(programme).get("id").asString(), person);
        assertThat(line.get("status").asString()).isEqualTo("INELIGIBLE");
        assertThat(line.get("amount").asLong()).isZero();
        assertThat(line.get("reasons").get(0).get("code").asString()).isEqualTo("NO_CONSENT");
    }

    @Test
    void the_drafter_cannot_approve_their_own_list_and_another_officer_can() {
        adult();
        String programme = onceProgramme();
        String cycle = draft(programme).get("id").asString();

        Api.Response own = officer.post("/api/v1/programmes/" + programme + "/cycles/" + cycle + "/approve", null);
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.header("Content-Type")).contains("application/problem+json");
        assertThat(own.body().get("detail").asString()).contains("another assistance officer");

        Api.Response other = checker.post("/api/v1/programmes/" + programme + "/cycles/" + cycle + "/approve", null);
        assertThat(other.status()).as(other.text()).isEqualTo(200);
        assertThat(other.body().get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void an_approved_list_cannot_change() throws Exception {
        String person = adult();
        String programme = onceProgramme();
        String cycle = approvedCycle(programme);
        String before = lines(programme, cycle, "en").toString();

        assertThat(checker.post("/api/v1/programmes/" + programme + "/cycles/" + cycle + "/approve", null).status()).isEqualTo(409);
        assertThat(officer.send("DELETE", "/api/v1/programmes/" + programme + "/cycles/" + cycle, null, Map.of()).status()).isEqualTo(409);
        adult();   // a new arrival goes to the next cycle, never into an approved list
        draft(programme);

        assertThat(lines(programme, cycle, "en").toString()).isEqualTo(before);
        assertThat(lineOf(programme, cycle, person).get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void a_draft_can_be_discarded_and_the_next_cannot_be_drafted_before_approval() {
        adult();
        String programme = onceProgramme();
        String cycle = draft(programme).get("id").asString();
        assertThat(officer.post("/api/v1/programmes/" + programme + "/cycles", null).status()).isEqualTo(409);
        assertThat(officer.send("DELETE", "/api/v1/programmes/" + programme + "/cycles/" + cycle, null, Map.of()).status()).isEqualTo(204);
        assertThat(draft(programme).get("number").asInt()).isEqualTo(1);
    }

    @Test
    void a_bad_eligibility_expression_is_refused_naming_its_position() {
        Api.Response r = officer.post("/api/v1/programmes", Map.of("name", "Bad", "unit", "PERSON",
                "amount", Map.of("value", 100000), "recurrence", Map.of("kind", "ONCE"),
                "eligibility", List.of("person.age >= 18", "person.agee > 3", "person.age > 'x'")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        List<String> fields = r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactly("eligibility[1]", "eligibility[2]");
    }

    @Test
    void a_programme_needs_a_unit_an_amount_and_a_recurrence() {
        Api.Response r = officer.post("/api/v1/programmes", Map.of("name", "", "unit", "FAMILY",
                "recurrence", Map.of("kind", "MONTHLY")));
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("name", "unit", "amount", "recurrence.cycles");
    }

    @Test
    void an_ineligible_persons_reason_is_given_in_armenian_russian_and_english() {
        String surname = armenianSurname();
        List<String> ids = household(true, List.of(member("Արամ", surname, "M", "1980-05-01", "HEAD"),
                member("Նարե", surname, "F", "2015-03-01", "CHILD")));
        String programme = programme(officer, Map.of("kind", "ONCE"), List.of("person.age >= 18"));
        String cycle = draft(programme).get("id").asString();

        String en = linesOf(programme, cycle, "en", ids.get(1)).get(0).get("reason").asString();
        String ru = linesOf(programme, cycle, "ru", ids.get(1)).get(0).get("reason").asString();
        String hy = linesOf(programme, cycle, "hy", ids.get(1)).get(0).get("reason").asString();

        assertThat(en).startsWith("excluded by rule 1 (person.age >= 18)").contains("age: ");
        assertThat(ru).startsWith("исключён правилом 1 (person.age >= 18)").contains("возраст: ");
        assertThat(hy).startsWith("բացառված է 1-րդ կանոնով (person.age >= 18)").contains("տարիք: ");
        assertThat(linesOf(programme, cycle, "en", ids.get(0)).get(0).get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void a_person_in_a_state_site_is_excluded_with_the_site_and_date_in_the_reason() {
        String person = adult();
        String household = jdbc.sql("SELECT household_id FROM person WHERE id = ?").param(person).query(String.class).single();
        Api.Response site = admin.post("/api/v1/sites", Map.of("name", "Goris dormitory", "type", "DORMITORY",
                "region", "SYUNIK", "capacity", 40, "accessible", true, "latitude", 39.5, "longitude", 46.3));
        assertThat(site.status()).as(site.text()).isEqualTo(201);
        Api.Response p = admin.post("/api/v1/placements", Map.of("householdId", household, "siteId", site.body().get("id").asString()));
        assertThat(p.status()).as(p.text()).isEqualTo(201);
        assertThat(admin.post("/api/v1/placements/" + p.body().get("id").asString() + "/confirm", null).status()).isEqualTo(200);
        String programme = programme(officer, Map.of("kind", "MONTHLY", "cycles", 6), List.of("!placement.state"));
        String cycle = draft(programme).get("id").asString();

        JsonNode line = linesOf(programme, cycle, "en", person).get(0);
        assertThat(line.get("status").asString()).isEqualTo("INELIGIBLE");
        assertThat(line.get("reason").asString()).contains("placed in Goris dormitory, a state site, since " + java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    @Test
    void the_payment_list_is_exported_after_approval_with_totals_and_a_recorded_hash() throws Exception {
        String person = adult();
        String programme = onceProgramme();
        String cycle = draft(programme).get("id").asString();
        String base = "/api/v1/programmes/" + programme + "/cycles/" + cycle;
        assertThat(download(officer, base + "/payment-list.csv").statusCode()).isEqualTo(409);
        assertThat(checker.post(base + "/approve", null).status()).isEqualTo(200);

        HttpResponse<byte[]> csv = download(officer, base + "/payment-list.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        String[] rows = text.split("\r\n");
        assertThat(rows[0]).isEqualTo(String.join(",", PaymentLists.HEADER));
        int lines = Integer.parseInt(csv.headers().firstValue("X-Payment-List-Lines").orElseThrow());
        assertThat(rows).hasSize(lines + 2);
        assertThat(rows[rows.length - 1]).startsWith("TOTAL," + lines + ",");
        String lineId = lineOf(programme, cycle, person).get("id").asString();
        assertThat(text).contains(lineId + ",");
        String sha = PaymentLists.sha256(csv.body());
        assertThat(csv.headers().firstValue("X-Payment-List-SHA256")).contains(sha);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_export WHERE cycle_id = ? AND sha256 = ?").params(cycle, sha)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND entity_id = ? AND detail LIKE ?")
                .params(cycle, "%sha256=" + sha + "%").query(Integer.class).single()).isEqualTo(1);

        HttpResponse<byte[]> xlsx = download(checker, base + "/payment-list.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(lines + 1);
        }
        assertThat(download(as(Role.ANALYST), base + "/payment-list.csv").statusCode()).isEqualTo(403);
        assertThat(as(Role.CASEWORKER).get(base + "/lines").status()).isEqualTo(403);
    }

    @Test
    void a_result_file_with_one_wrong_amount_is_refused_whole_and_writes_nothing() throws Exception {
        String a = adult(), b = adult();
        String programme = onceProgramme();
        String cycle = approvedCycle(programme);
        String la = lineOf(programme, cycle, a).get("id").asString();
        String lb = lineOf(programme, cycle, b).get("id").asString();

        Api.Response r = reconcile(officer, programme, cycle, "line_id,status,reference,reason,amount\n"
                + la + ",PAID,BANK-1,,100000\n" + lb + ",PAID,BANK-2,,90000\nno-such-line,PAID,BANK-3,,100000\n");

        assertThat(r.status()).isEqualTo(400);
        List<String> fields = r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("rows[2].amount", "rows[3].line_id");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_line WHERE cycle_id = ? AND result_status IS NOT NULL")
                .param(cycle).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_reconciliation WHERE cycle_id = ?").param(cycle)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void failed_lines_are_offered_again_in_the_next_cycle_and_paid_ones_are_not() throws Exception {
        String a = adult(), b = adult();
        String programme = onceProgramme();
        String cycle1 = approvedCycle(programme);
        String la = lineOf(programme, cycle1, a).get("id").asString();
        String lb = lineOf(programme, cycle1, b).get("id").asString();
        Api.Response r = reconcile(officer, programme, cycle1, "line_id,status,reference,reason\n"
                + la + ",paid,BANK-1,\n" + lb + ",FAILED,,card blocked\n");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().get("failures").valueStream().map(f -> f.get("lineId").asString()).toList()).contains(lb);

        String cycle2 = draft(programme).get("id").asString();
        JsonNode again = lineOf(programme, cycle2, b);
        assertThat(again.get("status").asString()).isEqualTo("PENDING");
        assertThat(again.get("amount").asLong()).isEqualTo(100000);
        assertThat(again.get("carriedLineIds").valueStream().map(JsonNode::asString).toList()).containsExactly(lb);
        JsonNode paid = lineOf(programme, cycle2, a);
        assertThat(paid.get("status").asString()).isEqualTo("INELIGIBLE");
        assertThat(paid.get("reasons").get(0).get("code").asString()).isEqualTo("ALREADY_PAID");
        assertThat(lineOf(programme, cycle1, b).get("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void a_monthly_cycle_adds_a_failed_months_amount_to_this_months() throws Exception {
        String a = adult();
        String programme = programme(officer, Map.of("kind", "MONTHLY", "cycles", 2), List.of());
        String cycle1 = approvedCycle(programme);
        String la = lineOf(programme, cycle1, a).get("id").asString();
        assertThat(reconcile(officer, programme, cycle1, "line_id,status,reference,reason\n" + la + ",RETURNED,R-1,account closed\n")
                .status()).isEqualTo(200);
        String cycle2 = approvedCycle(programme);
        assertThat(lineOf(programme, cycle2, a).get("amount").asLong()).isEqualTo(200000);
        assertThat(officer.post("/api/v1/programmes/" + programme + "/cycles", null).status()).isEqualTo(409);
    }

    @Test
    void a_merge_of_two_paid_identities_opens_one_recovery_case_with_both_payments_with_the_decision() throws Exception {
        String a = adult(), b = adult();
        String ia = identityOf(a), ib = identityOf(b);
        String programme = onceProgramme();
        String cycle = approvedCycle(programme);
        String la = lineOf(programme, cycle, a).get("id").asString();
        String lb = lineOf(programme, cycle, b).get("id").asString();
        Api.Response merge = admin.post("/api/v1/identities/" + ia + "/merge", Map.of("identityId", ib));
        assertThat(merge.status()).as(merge.text()).isEqualTo(200);
        String decision = merge.body().get("operationId").asString();

        // The merge itself opened the case (IdentityDecisions); the same decision again opens nothing.
        assertThat(cases.identitiesMerged(ia, ib, decision)).isEmpty();

        JsonNode found = officer.get("/api/v1/assistance/cases?kind=RECOVERY").body();
        List<JsonNode> mine = found.get("items").valueStream().filter(c -> c.get("decisionRef").asString().equals(decision)).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("lineIds").valueStream().map(JsonNode::asString).toList()).containsExactlyInAnyOrder(la, lb);
        assertThat(mine.get(0).get("amount").asLong()).isEqualTo(100000);
        assertThat(mine.get(0).get("identityId").asString()).isEqualTo(ia);
        assertThat(found.get("total").asInt()).isEqualTo(found.get("items").size());

        String caseId = mine.get(0).get("id").asString();
        assertThat(officer.post("/api/v1/assistance/cases/" + caseId + "/notes", Map.of("text", "asked the bank")).status()).isEqualTo(201);
        Api.Response upd = officer.patch("/api/v1/assistance/cases/" + caseId, Map.of("status", "IN_PROGRESS", "owner", "anna"));
        assertThat(upd.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(officer.get("/api/v1/assistance/cases/" + caseId).body().get("notes").get(0).get("text").asString())
                .isEqualTo("asked the bank");
    }

    @Test
    void a_merge_of_an_unpaid_identity_into_a_paid_one_opens_no_case() {
        String a = adult();
        String programme = onceProgramme();
        approvedCycle(programme);
        String b = adult();
        String ia = identityOf(a), ib = identityOf(b);
        Api.Response merge = admin.post("/api/v1/identities/" + ia + "/merge", Map.of("identityId", ib));
        assertThat(cases.identitiesMerged(ia, ib, merge.body().get("operationId").asString())).isEmpty();
    }

    @Test
    void a_split_after_payment_opens_a_missed_payment_case_and_the_next_cycle_pays_the_split_off_person() {
        String surname = armenianSurname();
        String born = randomBirth();
        String first = household(true, List.of(member("Արամ", surname, "M", born, "HEAD"))).get(0);
        String second = household(true, List.of(member("Арам", russianSurname(), "M", born, "HEAD"))).get(0);
        String identity = sameIdentity(first, second);
        String programme = onceProgramme();
        String cycle = approvedCycle(programme);
        String line = lineOf(programme, cycle, first).get("id").asString();
        String lead = jdbc.sql("SELECT lead_person_id FROM assistance_line WHERE id = ?").param(line).query(String.class).single();
        String other = lead.equals(first) ? second : first;

        Api.Response split = admin.post("/api/v1/identities/" + identity + "/split", Map.of("personIds", List.of(other)));
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        String splitOff = identityOf(other);
        String keeper = identityOf(lead);
        String decision = split.body().get("operationId").asString();
        // The split itself opened the case (IdentityDecisions); the same decision again opens nothing.
        assertThat(cases.identitySplit(keeper, splitOff, decision)).isEmpty();
        List<AssistanceCase> opened = cases.list("MISSED", null).stream().filter(c -> decision.equals(c.decisionRef())).toList();

        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).kind()).isEqualTo(AssistanceCase.Kind.MISSED);
        assertThat(opened.get(0).identityId()).isEqualTo(splitOff);
        assertThat(opened.get(0).lineIds()).containsExactly(line);
        assertThat(officer.get("/api/v1/assistance/cases?kind=MISSED").body().get("items").valueStream()
                .map(c -> c.get("id").asString()).toList()).contains(opened.get(0).id());

        String next = draft(programme).get("id").asString();
        assertThat(lineOf(programme, next, other).get("status").asString()).isEqualTo("PENDING");
        assertThat(lineOf(programme, next, lead).get("status").asString()).isEqualTo("INELIGIBLE");
    }

    @Test
    void account_numbers_are_shown_only_to_assistance_and_admin_and_every_read_is_audited() {
        String person = adult();
        Api.Response bad = officer.post("/api/v1/assistance/accounts", Map.of("personId", person, "kind", "CARD",
                "number", "4111 1111 1111 1112"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("number");
        Api.Response ok = officer.post("/api/v1/assistance/accounts", Map.of("personId", person, "kind", "CARD",
                "number", "4111 1111 1111 1111", "holder", "ARAM"));
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
        assertThat(ok.body().has("id")).isTrue();
        int before = reads(person);

        assertThat(officer.get("/api/v1/assistance/accounts?personId=" + person).body().get("items").get(0).get("number")
                .asString()).isEqualTo("4111111111111111");
        assertThat(admin.get("/api/v1/assistance/accounts?personId=" + person).text()).contains("4111111111111111");
        Api.Response caseworker = as(Role.CASEWORKER).get("/api/v1/assistance/accounts?personId=" + person);
        assertThat(caseworker.status()).isEqualTo(200);
        assertThat(caseworker.text()).doesNotContain("4111111111111111").contains("************1111");
        Api.Response registrar = as(Role.REGISTRAR).get("/api/v1/assistance/accounts?personId=" + person);
        assertThat(registrar.text()).doesNotContain("4111111111111111");
        for (Role r : List.of(Role.ANALYST, Role.SHELTER)) {
            Api.Response denied = as(r).get("/api/v1/assistance/accounts?personId=" + person);
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.text()).doesNotContain("4111111111111111");
        }
        assertThat(reads(person)).isEqualTo(before + 4);
    }

    int reads(String person) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'assistance_account' AND action LIKE 'READ%' AND detail = ?")
                .param("person=" + person).query(Integer.class).single();
    }

    @Test
    void a_household_programme_pays_one_line_per_household_by_its_size() {
        String surname = armenianSurname();
        List<String> ids = household(true, List.of(member("Արամ", surname, "M", "1980-05-01", "HEAD"),
                member("Անի", surname, "F", "1982-02-01", "SPOUSE"), member("Նարե", surname, "F", "2015-03-01", "CHILD")));
        Api.Response p = officer.post("/api/v1/programmes", Map.of("name", "Household top-up", "unit", "HOUSEHOLD",
                "amount", Map.of("bySize", Map.of("1", 30000, "2", 50000, "3", 60000)), "recurrence", Map.of("kind", "ONCE")));
        assertThat(p.status()).as(p.text()).isEqualTo(201);
        String programme = p.body().get("id").asString();
        List<JsonNode> mine = linesOf(programme, draft(programme).get("id").asString(), null, ids.toArray(String[]::new));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("amount").asLong()).isEqualTo(60000);
        assertThat(mine.get(0).get("personIds").size()).isEqualTo(3);
    }

    @Test
    void a_component_with_its_own_rule_is_left_out_for_those_it_excludes() {
        String person = adult();
        assertThat(officer.post("/api/v1/assistance/lists/owns_flat/entries", Map.of("personId", person)).status()).isEqualTo(201);
        Api.Response p = officer.post("/api/v1/programmes", Map.of("name", "Rent and utilities", "unit", "PERSON",
                "amount", Map.of("components", List.of(
                        Map.of("name", "rent", "value", 40000, "eligibility", List.of("!('owns_flat' in person.lists)", "!placement.state")),
                        Map.of("name", "utilities", "value", 10000))),
                "recurrence", Map.of("kind", "MONTHLY", "cycles", 6)));
        assertThat(p.status()).as(p.text()).isEqualTo(201);
        String programme = p.body().get("id").asString();
        JsonNode line = linesOf(programme, draft(programme).get("id").asString(), "en", person).get(0);
        assertThat(line.get("amount").asLong()).isEqualTo(10000);
        assertThat(line.get("reason").asString()).contains("without the rent part");
    }

    @Test
    void programmes_and_cases_are_closed_to_analysts_and_caseworkers() {
        for (Role r : List.of(Role.ANALYST, Role.CASEWORKER, Role.REGISTRAR)) {
            Api.Response p = as(r).post("/api/v1/programmes", Map.of("name", "x", "unit", "PERSON",
                    "amount", Map.of("value", 1), "recurrence", Map.of("kind", "ONCE")));
            assertThat(p.status()).isEqualTo(403);
            assertThat(as(r).get("/api/v1/assistance/cases").status()).isEqualTo(403);
        }
        assertThat(admin.get("/api/v1/programmes").status()).isEqualTo(200);
    }
}
