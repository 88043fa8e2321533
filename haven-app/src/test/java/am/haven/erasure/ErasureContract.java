package am.haven.erasure;

import static am.haven.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Runs on a database of its own (the property below gives it its own application context): after an
 * erasure, figures refilled from the records ({@code ReportCounts.refillFromRecords}) no longer count
 * the erased record, which the reports tests sharing the usual database would see as drift.
 */
@TestPropertySource(properties = "haven.test.database=erasure")
abstract class ErasureContract {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    final Random random = new Random();
    Api asker;
    Api approver;

    @BeforeEach
    void twoUsers() {
        asker = new Api(port, users.createToken("admin", "test"));
        String second = "approver-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(second, "Second administrator", "second-admin-password", EnumSet.of(Role.ADMIN));
        approver = new Api(port, users.createToken(second, "test"));
    }

    /** A made-up name nobody else in the test database has, from syllables that read the same in both scripts. */
    private String uniqueName(String first, String ending) {
        String[] syllables = {"մա", "նա", "լա", "րա", "դո", "կու", "սի"};
        StringBuilder b = new StringBuilder(first);
        for (int i = 0; i < 6; i++) b.append(syllables[random.nextInt(syllables.length)]);
        return b.append(ending).toString();
    }

    private JsonNode register(Map<String, Object>... members) {
        var r = asker.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                "phone", members[0].get("phone"), "currentAddress", "Goris, Syunik street 7",
                "consent", Map.of("assistance", true, "tracing", true, "sharing", false), "members", List.of(members)));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body();
    }

    @Test
    void erasing_a_person_leaves_no_name_birth_date_phone_or_document_anywhere_and_keeps_the_counts() throws Exception {
        String family = uniqueName("Մ", "յան"), given = uniqueName("Ա", "ուհի");
        String born = String.format("1921-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        String phoneDigits = String.format("77%06d", random.nextInt(1_000_000));
        String passport = String.format("AK%07d", random.nextInt(10_000_000));
        Map<String, Object> erased = Map.of("givenName", given, "familyName", family, "sex", "F", "birthDate", born,
                "relationship", "HEAD", "phone", "+374" + phoneDigits,
                "documents", List.of(Map.of("type", "ARMENIAN_PASSPORT", "number", passport)), "needs", List.of("SERIOUS_MEDICAL"));
        // The spouse's surname is his own (a relative's name is not the erased person's data).
        Map<String, Object> spouse = Map.of("givenName", "Գուրգեն", "familyName", uniqueName("Տ", "յան"), "sex", "M", "birthDate", "1920",
                "relationship", "SPOUSE");
        JsonNode household = register(erased, spouse);
        String first = household.get("members").get(0).get("id").asString();
        String kept = household.get("members").get(1).get("id").asString();
        String givenLatin = household.get("members").get(0).get("givenNameLatin").asString();
        String familyLatin = household.get("members").get(0).get("familyNameLatin").asString();
        // Registered again elsewhere: de-duplication links the two records, with evidence.
        String second = register(new java.util.HashMap<>(erased)).get("members").get(0).get("id").asString();
        assertThat(eventually(() -> identityOf(second), id -> id != null && id.equals(identityOf(first))))
                .as("the two records linked").isEqualTo(identityOf(first));
        assertThat(eventually(() -> searchIds(given + " " + family), ids -> ids.contains(first) || ids.contains(second))).isNotEmpty();
        JsonNode before = asker.get("/api/v1/reports/summary").body();

        for (String record : List.of(first, second)) {
            var asked = asker.post("/api/v1/persons/" + record + "/erasure-requests", Map.of("reason", "the person asked, in writing"));
            assertThat(asked.status()).as(asked.text()).isEqualTo(201);
            String request = asked.body().get("id").asString();
            assertThat(asker.post("/api/v1/erasure-requests/" + request + "/approve", Map.of()).status())
                    .as("the one who asked cannot approve").isEqualTo(403);
            var done = approver.post("/api/v1/erasure-requests/" + request + "/approve", Map.of());
            assertThat(done.status()).as(done.text()).isEqualTo(200);
            assertThat(done.body().get("status").asString()).isEqualTo("done");
            assertThat(done.body().get("erased").get("personRecord").asInt()).isEqualTo(1);
        }

        List<String> left = new ArrayList<>();
        for (String value : List.of(given, family, givenLatin, familyLatin, born, phoneDigits, passport)) left.addAll(cellsHolding(value));
        assertThat(left).as("cells still holding an identifying value of the erased person").isEmpty();
        assertThat(eventually(() -> searchIds(given + " " + family), List::isEmpty)).as("search after erasure").isEmpty();
        assertThat(asker.get("/api/v1/persons/" + first).status()).isEqualTo(404);
        JsonNode after = asker.get("/api/v1/reports/summary").body();
        assertThat(after.get("persons").asLong()).isEqualTo(before.get("persons").asLong());
        assertThat(after.get("distinctPersons").asLong()).isEqualTo(before.get("distinctPersons").asLong());
        JsonNode rest = asker.get("/api/v1/households/" + household.get("id").asString()).body();
        assertThat(rest.get("members")).hasSize(1);
        assertThat(rest.get("members").get(0).get("id").asString()).isEqualTo(kept);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'ERASED' AND entity_id IN (?, ?)")
                .params(first, second).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void an_erasure_needs_a_reason_and_a_known_person() {
        var noReason = asker.post("/api/v1/persons/" + UUID.randomUUID() + "/erasure-requests", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(asker.post("/api/v1/persons/" + UUID.randomUUID() + "/erasure-requests", Map.of("reason", "asked")).status())
                .isEqualTo(404);
    }

    /** "table.column" for every text cell of every table that contains {@code value}. */
    private List<String> cellsHolding(String value) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet t = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (t.next()) tables.add(t.getString("TABLE_NAME"));
            }
            for (String table : tables) {
                if (table.startsWith("flyway")) continue;
                try (ResultSet col = meta.getColumns(null, schema, table, "%")) {
                    while (col.next()) {
                        String type = col.getString("TYPE_NAME").toUpperCase();
                        if (!(type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB"))) continue;
                        String column = col.getString("COLUMN_NAME");
                        long n = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " LIKE ?")
                                .param("%" + value + "%").query(Long.class).single();
                        if (n > 0) found.add(table + "." + column + " holds " + value);
                    }
                }
            }
        }
        return found;
    }

    private String identityOf(String personId) {
        JsonNode p = asker.get("/api/v1/persons/" + personId).body();
        return p != null && p.has("identityId") ? p.get("identityId").asString() : null;
    }

    private List<String> searchIds(String q) {
        List<String> ids = new ArrayList<>();
        asker.get("/api/v1/persons/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .body().get("results").forEach(r -> ids.add(r.get("personId").asString()));
        return ids;
    }
}
