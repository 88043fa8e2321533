package am.haven.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Tracing's contract over HTTP, run against every database. The database is shared with other
 * test classes, so each test registers people with names of its own and asserts on them only.
 */
abstract class TracingApiContract {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;
    @Autowired TracingFigures figures;

    Api admin;
    Api caseworker;

    @BeforeEach
    void signIn() {
        admin = new Api(port, users.createToken("admin", "test"));
        String name = "cw-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, "Caseworker", "caseworker-password-1", EnumSet.of(Role.CASEWORKER));
        caseworker = admin.withToken(users.createToken(name, "test"));
    }

    // --- helpers -------------------------------------------------------------------------------

    static Map<String, Object> member(String given, String family, String sex, String birth, String rel) {
        return new HashMap<>(Map.of("givenName", given, "familyName", family, "sex", sex, "birthDate", birth,
                "relationship", rel));
    }

    JsonNode register(boolean consentTracing, Map<String, Object>... members) {
        Map<String, Object> body = new HashMap<>(Map.of("registrationPoint", "Goris humanitarian centre",
                "origin", Map.of("settlement", "Stepanakert"), "phone", "091 23 45 67",
                "consent", Map.of("assistance", true, "tracing", consentTracing, "sharing", false),
                "members", List.of(members)));
        var r = admin.post("/api/v1/households", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body();
    }

    static String personId(JsonNode household, int member) {
        return household.get("members").get(member).get("id").asString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Person ids of a search, best first (waits briefly: new registrations are indexed after commit). */
    List<String> search(String query, String expectedId) {
        return eventually(() -> {
            var r = caseworker.get("/api/v1/persons/search?" + query);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            List<String> ids = new ArrayList<>();
            r.body().get("results").forEach(x -> ids.add(x.get("personId").asString()));
            return ids;
        }, ids -> ids.contains(expectedId));
    }

    static <T> T eventually(Supplier<T> get, java.util.function.Predicate<T> done) {
        T value = get.get();
        for (int i = 0; i < 50 && !done.test(value); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            value = get.get();
        }
        return value;
    }

    // --- cross-script search -------------------------------------------------------------------

    @Test
    void finds_a_person_typed_in_armenian_by_cyrillic_and_both_latin_spellings_in_any_order() {
        String id = personId(register(true, member("Վաչագան", "Հովհաննիսյան", "M", "1957", "HEAD")), 0);

        for (String q : List.of("Оганесян Вачаган", "Hovhannisyan Vachagan", "Oganesyan Vachagan",
                "Vachagan Ovanesyan", "Հովհաննիսյան Վաչագան")) {
            List<String> ids = search("q=" + enc(q), id);
            assertThat(ids).as(q).isNotEmpty();
            assertThat(ids.get(0)).as(q).isEqualTo(id);
        }
    }

    @Test
    void finds_a_person_typed_in_cyrillic_by_armenian_script_and_latin() {
        String id = personId(register(true, member("Ашхен", "Акопян", "F", "1944-05-02", "HEAD")), 0);

        for (String q : List.of("Հակոբյան Աշխեն", "Hakobyan Ashkhen", "Akopyan Ashkhen")) {
            List<String> ids = search("q=" + enc(q), id);
            assertThat(ids).as(q).isNotEmpty();
            assertThat(ids.get(0)).as(q).isEqualTo(id);
        }
    }

    @Test
    void tolerates_one_or_two_typos() {
        String id = personId(register(true, member("Շահեն", "Մելիքսեթյան", "M", "1971", "HEAD")), 0);

        for (String q : List.of("Meliksetian Shahen", "Melikseyan Shaen", "Меликсетьян Шаэн", "Meliqsetyan Shahenn")) {
            List<String> ids = search("q=" + enc(q), id);
            assertThat(ids).as(q).isNotEmpty();
            assertThat(ids.get(0)).as(q).isEqualTo(id);
        }
    }

    @Test
    void a_patronymic_in_russian_style_finds_the_armenian_genitive() {
        Map<String, Object> m = member("Գոհար", "Բաբայան", "F", "1983", "HEAD");
        m.put("patronymic", "Վարուժանի");
        String id = personId(register(true, m), 0);

        List<String> ids = search("q=" + enc("Бабаян Гоар Варужановна"), id);

        assertThat(ids.get(0)).isEqualTo(id);
    }

    @Test
    void birth_year_known_only_partly_separates_namesakes() {
        JsonNode older = register(true, member("Ծովինար", "Գասպարյան", "F", "1957-03", "HEAD"));
        JsonNode younger = register(true, member("Цовинар", "Гаспарян", "F", "1990-11-20", "HEAD"));
        String olderId = personId(older, 0), youngerId = personId(younger, 0);

        assertThat(search("q=" + enc("Gasparyan Tsovinar") + "&birthYear=1957", olderId).get(0)).isEqualTo(olderId);
        assertThat(search("q=" + enc("Gasparyan Tsovinar 1990"), youngerId).get(0)).isEqualTo(youngerId);
    }

    @Test
    void a_common_surname_weighs_less_than_a_rare_one() {
        // Many Grigoryans, one Zakaryan: agreeing on the rare name counts for more.
        for (int i = 0; i < 6; i++) register(true, member("Արմեն" + "ա".repeat(i), "Գրիգորյան", "M", "19" + (60 + i), "HEAD"));
        String rare = personId(register(true, member("Ռուբեն", "Զաքարյան", "M", "1966", "HEAD")), 0);
        String common = personId(register(true, member("Ռուբեն", "Գրիգորյան", "M", "1967", "HEAD")), 0);

        // Tracing indexes a registration just after it commits: wait until both are found.
        search("q=" + enc("Zakaryan Ruben"), rare);
        search("q=" + enc("Grigoryan Ruben"), common);
        var r = caseworker.get("/api/v1/persons/search?q=" + enc("Zakaryan Ruben"));
        var c = caseworker.get("/api/v1/persons/search?q=" + enc("Grigoryan Ruben"));
        double rareWeight = weightOf(r.body(), rare), commonWeight = weightOf(c.body(), common);

        assertThat(rareWeight).isGreaterThan(commonWeight);
    }

    static double weightOf(JsonNode results, String personId) {
        for (JsonNode x : results.get("results")) {
            if (x.get("personId").asString().equals(personId)) return x.get("matchWeight").asDouble();
        }
        throw new AssertionError(personId + " not in " + results);
    }

    @Test
    void search_answers_the_contract_shape_and_audits_every_result() {
        String id = personId(register(true, member("Նազենի", "Դանիելյան", "F", "1999", "HEAD")), 0);

        search("q=" + enc("Danielyan Nazeni"), id);
        var r = caseworker.get("/api/v1/persons/search?q=" + enc("Danielyan Nazeni") + "&sex=F&limit=3");

        JsonNode first = r.body().get("results").get(0);
        assertThat(first.get("personId").asString()).isEqualTo(id);
        assertThat(first.get("identityId").asString()).isNotBlank();
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("explanation").size()).isGreaterThan(0);
        long reads = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'READ' AND entity_type = 'person' AND detail LIKE ?")
                .param("tracing search%" + id + "%").query(Long.class).single();
        assertThat(reads).isGreaterThanOrEqualTo(1);
    }

    @Test
    void two_registrations_of_one_person_come_back_as_one_identity() {
        Map<String, Object> hy = member("Վարդուհի", "Սահակյան", "F", "1949-02-14", "HEAD");
        hy.put("documents", List.of(Map.of("type", "ARMENIAN_PASSPORT", "number", "AM7654321")));
        Map<String, Object> ru = member("Вардуи", "Саакян", "F", "1949-02-14", "HEAD");
        ru.put("documents", List.of(Map.of("type", "ARMENIAN_PASSPORT", "number", "AM7654321")));
        String first = personId(register(true, hy), 0);
        String second = personId(register(true, ru), 0);

        JsonNode results = eventually(() -> caseworker.get("/api/v1/persons/search?q=" + enc("Sahakyan Varduhi")).body(),
                b -> b.get("results").size() > 0 && !b.get("results").get(0).get("identityId").asString().equals(
                        b.get("results").get(0).get("personId").asString())
                        && b.get("results").toString().contains(first) != b.get("results").toString().contains(second));

        JsonNode top = results.get("results").get(0);
        assertThat(List.of(first, second)).contains(top.get("personId").asString());
        assertThat(results.get("results").toString()).as("one result per identity")
                .satisfiesAnyOf(t -> assertThat(t).doesNotContain(first), t -> assertThat(t).doesNotContain(second));
    }

    @Test
    void search_is_for_caseworkers_and_admins_only() {
        String name = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, "Registrar", "registrar-password-1", EnumSet.of(Role.REGISTRAR));
        Api registrar = admin.withToken(users.createToken(name, "test"));

        assertThat(registrar.get("/api/v1/persons/search?q=Aram").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/persons/search?q=Aram").status()).isEqualTo(200);
        assertThat(new Api(port, null).get("/api/v1/persons/search?q=Aram").status()).isEqualTo(401);
    }

    @Test
    void rejects_a_search_without_names_or_with_a_bad_limit_field_by_field() {
        var r = caseworker.get("/api/v1/persons/search?q=&limit=0&sex=X");

        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("q", "limit", "sex");
    }

    // --- tracing cases ---------------------------------------------------------------------------

    Map<String, Object> caseRequest(String given, String family, String birth, boolean publicListing) {
        Map<String, Object> sought = new HashMap<>(Map.of("givenName", given, "familyName", family));
        if (birth != null) sought.put("birthDate", birth);
        return new HashMap<>(Map.of("enquirer", Map.of("name", "Anahit (mother)", "phone", "+37491000000", "relation", "mother"),
                "sought", sought, "publicListing", publicListing));
    }

    @Test
    void a_case_keeps_status_notes_and_who_worked_on_it() {
        var opened = caseworker.post("/api/v1/tracing/cases", caseRequest("Գագիկ", "Առաքելյան", "1990", false));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String caseId = opened.body().get("id").asString();
        assertThat(opened.body().get("status").asString()).isEqualTo("open");

        var note = admin.post("/api/v1/tracing/cases/" + caseId + "/notes",
                Map.of("status", "believed_alive", "text", "Seen at the Goris centre on 27 September", "lastKnownLocation", "Goris"));
        assertThat(note.status()).as(note.text()).isEqualTo(201);
        var status = caseworker.post("/api/v1/tracing/cases/" + caseId + "/status", Map.of("status", "closed", "comment", "enquirer withdrew"));
        assertThat(status.status()).as(status.text()).isEqualTo(200);

        JsonNode c = caseworker.get("/api/v1/tracing/cases/" + caseId).body();
        assertThat(c.get("status").asString()).isEqualTo("closed");
        assertThat(c.get("notes").get(0).get("status").asString()).isEqualTo("believed_alive");
        assertThat(c.get("notes").get(0).get("lastKnownLocation").asString()).isEqualTo("Goris");
        assertThat(c.get("workedOnBy").size()).isEqualTo(2);
        assertThat(c.get("history").size()).isGreaterThanOrEqualTo(3);
        assertThat(figures.casesByStatus().get("closed")).isGreaterThanOrEqualTo(1L);
    }

    @Test
    void only_a_caseworker_may_record_believed_dead_and_it_shows_its_source() {
        String caseId = caseworker.post("/api/v1/tracing/cases", caseRequest("Սամվել", "Պողոսյան", "1975", false))
                .body().get("id").asString();
        Map<String, Object> dead = Map.of("status", "believed_dead", "text", "Named on the fuel depot list");

        var byAdmin = admin.post("/api/v1/tracing/cases/" + caseId + "/notes", dead);
        var byCaseworker = caseworker.post("/api/v1/tracing/cases/" + caseId + "/notes", dead);

        assertThat(byAdmin.status()).isEqualTo(400);
        assertThat(byAdmin.body().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(byCaseworker.status()).isEqualTo(201);
        assertThat(byCaseworker.body().get("source").asString()).startsWith("Haven caseworker ");
        assertThat(admin.post("/api/v1/tracing/cases/" + caseId + "/status", Map.of("status", "deceased_confirmed")).status())
                .isEqualTo(400);
    }

    @Test
    void rejects_a_case_without_enquirer_or_sought_name_and_writes_nothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM tracing_case").query(Long.class).single();

        var r = caseworker.post("/api/v1/tracing/cases", Map.of("sought", Map.of("sex", "X", "birthDate", "1990-13")));

        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("enquirer", "sought.fullName", "sought.sex", "sought.birthDate");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tracing_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_sought_name_of_a_hundred_thousand_letters_is_refused_naming_the_field_and_searches_stay_bounded() {
        long before = jdbc.sql("SELECT COUNT(*) FROM tracing_case").query(Long.class).single();
        String huge = "Ա".repeat(100_000);

        var r = caseworker.post("/api/v1/tracing/cases", Map.of("enquirer", Map.of("name", "Anna"),
                "sought", Map.of("givenName", huge, "familyName", huge)));

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("sought.givenName", "sought.familyName");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tracing_case").query(Long.class).single()).isEqualTo(before);
        var search = caseworker.get("/api/v1/persons/search?q=" + "a".repeat(5_000));
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.body().get("errors").get(0).get("field").asString()).isEqualTo("q");
    }

    @Test
    void a_new_registration_is_matched_against_open_cases_and_the_caseworker_notified() {
        String caseId = caseworker.post("/api/v1/tracing/cases", caseRequest("Հրանտ", "Ղուկասյան", "1968", false))
                .body().get("id").asString();

        String personId = personId(register(false, member("Грант", "Гукасян", "M", "1968-04-01", "HEAD")), 0);

        JsonNode notes = eventually(() -> caseworker.get("/api/v1/tracing/notifications").body(),
                n -> n.get("items").toString().contains(personId));
        assertThat(notes.get("items").toString()).contains(caseId).contains(personId);
        JsonNode c = caseworker.get("/api/v1/tracing/cases/" + caseId).body();
        assertThat(c.get("candidates").get(0).get("personId").asString()).isEqualTo(personId);
        assertThat(c.get("candidates").get(0).get("foundBy").asString()).isEqualTo("registration");
        // Reading the case counts as seeing its candidates.
        assertThat(caseworker.get("/api/v1/tracing/notifications").body().get("items").toString()).doesNotContain(personId);

        var located = caseworker.post("/api/v1/tracing/cases/" + caseId + "/candidates/" + personId, Map.of("decision", "confirmed"));
        assertThat(located.body().get("status").asString()).isEqualTo("located");
        assertThat(located.body().get("locatedPersonId").asString()).isEqualTo(personId);
    }

    @Test
    void two_households_are_linked_as_one_family_with_history_kept() {
        String a = register(true, member("Լուսինե", "Ավետիսյան", "F", "1980", "HEAD")).get("id").asString();
        String b = register(true, member("Нарек", "Аветисян", "M", "1978", "HEAD")).get("id").asString();

        var link = caseworker.post("/api/v1/tracing/families", Map.of("householdA", a, "householdB", b, "reason", "spouses"));
        assertThat(link.status()).as(link.text()).isEqualTo(201);
        assertThat(caseworker.post("/api/v1/tracing/families", Map.of("householdA", b, "householdB", a)).status()).isEqualTo(409);
        assertThat(caseworker.get("/api/v1/tracing/families/households/" + a).body().get("family").toString()).contains(b);

        caseworker.post("/api/v1/tracing/families/" + link.body().get("id").asString() + "/unlink", Map.of());

        JsonNode h = caseworker.get("/api/v1/tracing/families/households/" + a).body();
        assertThat(h.get("total").asInt()).isEqualTo(1);
        assertThat(h.get("items").get(0).get("active").asBoolean()).isFalse();
        assertThat(h.get("family").toString()).doesNotContain(b);
    }

    // --- public finder ---------------------------------------------------------------------------

    Api.Response publicQuery(String q, String client) {
        return new Api(port, null).send("GET", "/api/v1/public/finder?q=" + enc(q), null, Map.of("X-Forwarded-For", client));
    }

    @Test
    void the_public_sees_only_consented_persons_and_only_name_age_band_and_status() {
        String client = "203.0.113." + (int) (Math.random() * 250);
        register(true, member("Մարիամ", "Սիմոնյան", "F", "2015-06", "HEAD"));
        register(false, member("Մարիամ", "Սիմոնյանց", "F", "2016", "HEAD"));

        JsonNode answer = eventually(() -> publicQuery("Simonyan Mariam", client).body(),
                b -> b != null && b.get("results").size() > 0);

        assertThat(answer.get("results").size()).isEqualTo(1);
        JsonNode entry = answer.get("results").get(0);
        assertThat(entry.propertyNames()).containsExactlyInAnyOrder("name", "ageBand", "status");
        assertThat(entry.get("name").asString()).isEqualTo("Մարիամ Սիմոնյան");
        assertThat(entry.get("ageBand").asString()).isEqualTo("5-11");
        assertThat(entry.get("status").asString()).isEqualTo("registered_safe");
        String text = answer.toString();
        assertThat(text).doesNotContain("Stepanakert", "Goris", "374", "household", "phone");
    }

    @Test
    void the_public_sees_a_listed_open_case_as_being_sought() {
        String client = "198.51.100." + (int) (Math.random() * 250);
        caseworker.post("/api/v1/tracing/cases", caseRequest("Տիգրան", "Մարտիրոսյան", "2009", true));

        JsonNode answer = publicQuery("Martirosyan Tigran", client).body();

        assertThat(answer.get("results").toString()).contains("being_sought").contains("12-17");
    }

    @Test
    void the_public_must_give_two_names() {
        var r = publicQuery("Grigoryan", "192.0.2.1");

        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void public_queries_are_rate_limited_per_client_and_logged() {
        String client = "192.0.2." + (10 + (int) (Math.random() * 200));
        int ok = 0, refused = 0;
        for (int i = 0; i < 25; i++) {
            int s = publicQuery("Petrosyan Ani", client).status();
            if (s == 200) ok++;
            if (s == 429) refused++;
        }

        assertThat(ok).isEqualTo(20);
        assertThat(refused).isEqualTo(5);
        assertThat(publicQuery("Petrosyan Ani", "192.0.2.250").status()).isEqualTo(200);
        long logged = jdbc.sql("SELECT COUNT(*) FROM public_query WHERE client = ?").param(client).query(Long.class).single();
        assertThat(logged).isEqualTo(25);
    }
}
