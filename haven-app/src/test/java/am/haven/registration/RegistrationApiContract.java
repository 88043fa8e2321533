package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The household API's contract, run against every database (see the Sqlite/Postgres subclasses). */
abstract class RegistrationApiContract {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;

    Api api;

    @BeforeEach
    void signIn() {
        api = new Api(port, users.createToken("admin", "test"));
    }

    static Map<String, Object> member(String given, String family, String sex, String birth, String rel) {
        return new java.util.HashMap<>(Map.of("givenName", given, "familyName", family, "sex", sex,
                "birthDate", birth, "relationship", rel));
    }

    static Map<String, Object> household(List<Map<String, Object>> members) {
        return new java.util.HashMap<>(Map.of("registrationPoint", "Goris humanitarian centre",
                "origin", Map.of("settlement", "Stepanakert"), "phone", "091 23 45 67",
                "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                "members", members));
    }

    long households() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    long persons() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    }

    @Test
    void registers_a_household_typed_in_armenian_script_with_latin_forms() {
        Map<String, Object> head = member("Արամ", "Հովհաննիսյան", "M", "1961", "HEAD");
        head.put("needs", List.of("MOBILITY"));
        head.put("documents", List.of(Map.of("type", "ARMENIAN_PASSPORT", "number", "AM1234567")));
        var r = api.post("/api/v1/households", household(List.of(head,
                member("Анна", "Оганесян", "F", "1965-03", "SPOUSE"))));

        assertThat(r.status()).isEqualTo(201);
        JsonNode body = r.body();
        assertThat(body.get("id").asString()).isNotBlank();
        assertThat(body.get("number").asString()).matches("\\d{6}-\\d");
        assertThat(body.get("phone").asString()).isEqualTo("+37491234567");
        JsonNode aram = body.get("members").get(0);
        assertThat(aram.get("id").asString()).isNotBlank();
        assertThat(aram.get("givenNameLatin").asString()).isEqualTo("Aram");
        assertThat(aram.get("familyNameLatin").asString()).isEqualTo("Hovhannisyan");
        assertThat(aram.get("needs").get(0).asString()).isEqualTo("MOBILITY");
        assertThat(body.get("members").get(1).get("familyNameLatin").asString()).isEqualTo("Oganesyan");
        assertThat(body.get("consent").get("tracing").asBoolean()).isTrue();

        var read = api.get("/api/v1/households/" + body.get("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("members").get(1).get("birthDate").asString()).isEqualTo("1965-03");
    }

    @Test
    void the_registration_answer_is_the_household_as_a_later_read_returns_it() {
        Map<String, Object> head = member("Հասմիկ", "Բաղդասարյան", "F", "1950-02-03", "HEAD");
        head.put("patronymic", "Վարդանի");
        head.put("birthDateEstimated", true);
        head.put("needs", List.of("SERIOUS_MEDICAL", "MOBILITY", "OLDER_AT_RISK", "MOBILITY"));
        head.put("documents", List.of(Map.of("type", "ARMENIAN_PASSPORT", "number", " AM7654321 "),
                Map.of("type", "BIRTH_CERTIFICATE", "number", "II-ԱԲ 012345")));
        head.put("phone", "+374 93 11 22 33");
        head.put("languages", List.of("hy", "RU", "hy"));
        Map<String, Object> child = member("  Гурген ", "Багдасарян", "M", "2015", "CHILD");
        Map<String, Object> other = new java.util.HashMap<>(Map.of("givenName", "Nvard", "familyName", "Baghdasaryan", "sex", "F"));
        Map<String, Object> body = household(List.of(head, child, other));
        body.remove("origin");
        body.put("phones", List.of("055 12 34 56"));
        body.put("destination", " Yerevan ");
        body.put("notes", "arrived by bus");
        // Not for tracing: this household must not turn up in other tests' public finder queries.
        body.put("consent", Map.of("assistance", true, "tracing", false, "sharing", true));

        var created = api.post("/api/v1/households", body);
        assertThat(created.status()).isEqualTo(201);
        var read = api.get("/api/v1/households/" + created.body().get("id").asString());

        assertThat(created.body()).isEqualTo(read.body());
        assertThat(created.body().get("members").get(0).get("needs").valueStream().map(JsonNode::asString).toList())
                .containsExactly("MOBILITY", "OLDER_AT_RISK", "SERIOUS_MEDICAL");
    }

    @Test
    void rejects_bad_members_field_by_field_and_writes_nothing() {
        long before = households();
        long personsBefore = persons();
        Map<String, Object> second = member("", "Petrosyan", "M", "2999-01-01", "HEAD");
        Map<String, Object> third = member("Lilit", "Petrosyan", "Q", "1990", "COUSIN");
        Map<String, Object> body = household(List.of(member("Anna", "Petrosyan", "F", "1970", "HEAD"), second, third));
        body.put("phone", "12");

        var r = api.post("/api/v1/households", body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("phone", "members[1].givenName", "members[1].birthDate",
                "members[1].relationship", "members[2].sex", "members[2].relationship");
        assertThat(households()).isEqualTo(before);
        assertThat(persons()).isEqualTo(personsBefore);
    }

    @Test
    void a_repeated_request_with_the_same_idempotency_key_creates_one_household() {
        long before = households();
        String key = UUID.randomUUID().toString();
        var body = household(List.of(member("Gayane", "Sargsyan", "F", "1980-05-02", "HEAD")));

        var first = api.post("/api/v1/households", body, Map.of("Idempotency-Key", key));
        var second = api.post("/api/v1/households", body, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(households()).isEqualTo(before + 1);
    }

    @Test
    void a_retry_among_concurrent_registrations_fails_only_itself_and_the_others_are_written() throws Exception {
        String retried = UUID.randomUUID().toString();
        var first = api.post("/api/v1/households", household(List.of(member("Lilit", "Harutyunyan", "F", "1975", "HEAD"))),
                Map.of("Idempotency-Key", retried));
        long before = households();
        int others = 24;
        // Sent together, the registrations queue for the writer and are committed in groups.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Api.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < others; i++) {
                var body = household(List.of(member("Hayk" + (char) ('a' + i), "Petrosyan", "M", "1990", "HEAD")));
                answers.add(pool.submit(() -> api.post("/api/v1/households", body,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()))));
                if (i % 6 == 3) {
                    answers.add(pool.submit(() -> api.post("/api/v1/households",
                            household(List.of(member("Lilit", "Harutyunyan", "F", "1975", "HEAD"))),
                            Map.of("Idempotency-Key", retried))));
                }
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int repeats = 0;
            for (var answer : answers) {
                var r = answer.get();
                assertThat(r.status()).isEqualTo(201);
                if (r.body().get("id").asString().equals(first.body().get("id").asString())) repeats++;
                else ids.add(r.body().get("id").asString());
            }
            assertThat(repeats).isEqualTo(4);
            assertThat(ids).hasSize(others);
            assertThat(households()).isEqualTo(before + others);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reusing_an_idempotency_key_for_a_different_household_is_a_conflict() {
        String key = UUID.randomUUID().toString();
        api.post("/api/v1/households", household(List.of(member("Gor", "Avagyan", "M", "1999", "HEAD"))),
                Map.of("Idempotency-Key", key));
        var other = api.post("/api/v1/households", household(List.of(member("Mher", "Avagyan", "M", "1998", "HEAD"))),
                Map.of("Idempotency-Key", key));
        assertThat(other.status()).isEqualTo(409);
    }

    @Test
    void finds_households_by_name_in_any_script_by_phone_and_by_number() {
        String family = "Ղուկասյան";
        var created = api.post("/api/v1/households",
                household(List.of(member("Նարեկ", family, "M", "1988", "HEAD")))).body();
        String id = created.get("id").asString();

        assertThat(ids(api.get("/api/v1/households?q=Ghukasyan").body())).contains(id);
        assertThat(ids(api.get("/api/v1/households?q=" + enc(family)).body())).contains(id);
        assertThat(ids(api.get("/api/v1/households?q=" + created.get("number").asString()).body())).containsExactly(id);
        assertThat(ids(api.get("/api/v1/households?q=" + enc("+374 91 23-45-67")).body())).contains(id);
        JsonNode page = api.get("/api/v1/households?page=0&size=5").body();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("items").size()).isLessThanOrEqualTo(5);
    }

    @Test
    void corrections_keep_the_previous_state_in_history() {
        var created = api.post("/api/v1/households",
                household(List.of(member("Tatevik", "Melikyan", "F", "1975", "HEAD")))).body();
        String id = created.get("id").asString();
        String personId = created.get("members").get(0).get("id").asString();

        var patched = api.patch("/api/v1/households/" + id, Map.of("destination", "Yerevan, Arabkir"));
        var person = api.patch("/api/v1/persons/" + personId, Map.of("birthDate", "1975-06-01"));
        var added = api.post("/api/v1/households/" + id + "/members", member("Davit", "Melikyan", "M", "2005", "CHILD"));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().get("destination").asString()).isEqualTo("Yerevan, Arabkir");
        assertThat(patched.body().get("phone").asString()).isEqualTo("+37491234567");
        assertThat(person.body().get("birthDate").asString()).isEqualTo("1975-06-01");
        assertThat(person.body().get("givenName").asString()).isEqualTo("Tatevik");
        assertThat(added.status()).isEqualTo(201);
        var history = api.get("/api/v1/households/" + id + "/history").body();
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.get(0).get("snapshot").asString()).doesNotContain("Arabkir");
        assertThat(api.get("/api/v1/households/" + id).body().get("version").asInt()).isEqualTo(4);
    }

    @Test
    void a_second_head_is_refused_when_adding_a_member() {
        var created = api.post("/api/v1/households",
                household(List.of(member("Armen", "Karapetyan", "M", "1950", "HEAD")))).body();
        var r = api.post("/api/v1/households/" + created.get("id").asString() + "/members",
                member("Arev", "Karapetyan", "F", "1952", "HEAD"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("relationship");
    }

    @Test
    void reading_a_person_writes_an_audit_event() {
        var created = api.post("/api/v1/households",
                household(List.of(member("Hasmik", "Grigoryan", "F", "1990", "HEAD")))).body();
        String personId = created.get("members").get(0).get("id").asString();

        api.get("/api/v1/persons/" + personId);

        long events = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'READ' AND entity_type = 'person' AND entity_id = ? AND actor = 'admin'")
                .param(personId).query(Long.class).single();
        assertThat(events).isEqualTo(1);
    }

    @Test
    void an_analyst_cannot_read_registrations_and_a_stranger_is_refused() throws Exception {
        String name = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, "Analyst", "analyst-password-1", EnumSet.of(Role.ANALYST));
        Api analyst = api.withToken(users.createToken(name, "test"));

        assertThat(analyst.get("/api/v1/households").status()).isEqualTo(403);
        assertThat(api.withToken(null).get("/api/v1/households").status()).isEqualTo(401);
        assertThat(api.withToken("hvn_wrong").get("/api/v1/households").status()).isEqualTo(401);
    }

    @Autowired RegisteredPersons registeredPersons;

    @Test
    void other_features_read_every_person_with_household_facts() {
        var created = api.post("/api/v1/households", household(List.of(
                member("Սոնա", "Բաբայան", "F", "1979", "HEAD"), member("Tigran", "Babayan", "M", "2010", "CHILD")))).body();
        String headId = created.get("members").get(0).get("id").asString();

        List<PersonFacts> all = new java.util.ArrayList<>();
        registeredPersons.forEach(all::add);
        PersonFacts head = registeredPersons.byIds(List.of(headId)).get(0);

        assertThat(all).extracting(PersonFacts::personId).contains(headId);
        assertThat(all).hasSize((int) persons());
        assertThat(head.familyNameLatin()).isEqualTo("Babayan");
        assertThat(head.householdNumber()).isEqualTo(created.get("number").asString());
        assertThat(head.anyPhone()).isEqualTo("+37491234567");
        assertThat(head.originSettlement()).isEqualTo("Stepanakert");
        assertThat(head.consentTracing()).isTrue();
        assertThat(registeredPersons.ofHousehold(created.get("id").asString())).hasSize(2);
    }

    @Test
    void the_members_of_many_households_are_read_together_each_once() {
        List<String> households = new java.util.ArrayList<>();
        List<String> members = new java.util.ArrayList<>();
        for (int i = 0; i < 37; i++) {
            var created = api.post("/api/v1/households", household(List.of(member("Aram" + (char) ('a' + i % 26), "Manukyan", "M", "1980", "HEAD"),
                    member("Ani", "Manukyan", "F", "2012", "CHILD")))).body();
            households.add(created.get("id").asString());
            created.get("members").forEach(m -> members.add(m.get("id").asString()));
        }

        // More households than one statement asks for, and one of them twice.
        households.add(households.get(3));
        List<PersonFacts> read = registeredPersons.ofHouseholds(households);

        assertThat(read).extracting(PersonFacts::personId).containsExactlyInAnyOrderElementsOf(members);
        assertThat(registeredPersons.ofHouseholds(households.subList(0, 1))).hasSize(2);
        assertThat(registeredPersons.ofHouseholds(List.of())).isEmpty();
        assertThat(read).allSatisfy(p -> assertThat(p.householdNumber()).isNotBlank());
    }

    @Test
    void persons_read_by_id_each_once_with_their_own_household_facts() {
        Map<String, String> numberOfPerson = new java.util.HashMap<>();
        for (int i = 0; i < 20; i++) {
            var created = api.post("/api/v1/households", household(List.of(member("Lilit", "Hakobyan", "F", "1985", "HEAD"),
                    member("Narek", "Hakobyan", "M", "2015", "CHILD")))).body();
            created.get("members").forEach(m -> numberOfPerson.put(m.get("id").asString(), created.get("number").asString()));
        }
        List<String> asked = new java.util.ArrayList<>(numberOfPerson.keySet());   // 40: more than one statement asks for
        asked.add(asked.get(0));
        asked.add("00000000-0000-0000-0000-000000000000");

        List<PersonFacts> read = registeredPersons.byIds(asked);

        assertThat(read).extracting(PersonFacts::personId).containsExactlyInAnyOrderElementsOf(numberOfPerson.keySet());
        assertThat(read).allSatisfy(p -> assertThat(p.householdNumber()).isEqualTo(numberOfPerson.get(p.personId())));
        assertThat(registeredPersons.byIds(List.of())).isEmpty();
    }

    @Test
    void a_shelter_coordinator_sees_mobility_but_no_medical_needs() {
        Map<String, Object> head = member("Vardan", "Zakaryan", "M", "1948", "HEAD");
        head.put("needs", List.of("MOBILITY", "SERIOUS_MEDICAL"));
        var created = api.post("/api/v1/households", household(List.of(head))).body();
        String name = "shelter-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, "Shelter", "shelter-password-1", EnumSet.of(Role.SHELTER));
        Api shelter = api.withToken(users.createToken(name, "test"));

        JsonNode seen = shelter.get("/api/v1/households/" + created.get("id").asString()).body();
        JsonNode person = shelter.get("/api/v1/persons/" + created.get("members").get(0).get("id").asString()).body();

        assertThat(seen.get("members").get(0).get("needs").valueStream().map(JsonNode::asString)).containsExactly("MOBILITY");
        assertThat(person.get("needs").valueStream().map(JsonNode::asString)).containsExactly("MOBILITY");
        assertThat(api.get("/api/v1/persons/" + created.get("members").get(0).get("id").asString()).body().get("needs"))
                .hasSize(2);
    }

    @Test
    void an_unknown_household_is_a_404_problem() {
        var r = api.get("/api/v1/households/" + UUID.randomUUID());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        var r = api.post("/api/v1/households", "{\"members\": [");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
