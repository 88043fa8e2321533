package am.haven.reports;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.testing.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The report counts move with every write that changes what they count (corrections, added
 * members, identity merges and splits), and the backfill gives what live counting gives. Expected
 * figures are computed in Java from the records as the API shows them.
 */
abstract class ReportCountsContract {

    @LocalServerPort int port;
    @Autowired am.haven.security.UserService users;
    @Autowired JdbcClient jdbc;
    @Autowired am.haven.dedup.IdentityService identities;
    @Autowired ReportCounts counts;
    @Autowired CountRepository countRepository;
    @Autowired org.springframework.transaction.PlatformTransactionManager txManager;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = new Api(port, users.createToken("admin", "test"));
    }

    @Test
    void correcting_a_members_sex_birth_date_and_needs_moves_them_between_cells() {
        KnownPopulation pop = new KnownPopulation().register(admin, 8, 21);
        assertFiguresMatch(pop);
        Map<String, Long> before = Map.copyOf(pop.byBand);

        for (int i = 0; i < 3; i++) {
            String id = pop.personIds.get(i);
            JsonNode p = admin.get("/api/v1/persons/" + id).body();
            Map<String, Object> patch = new HashMap<>();
            patch.put("sex", p.get("sex").asString().equals("F") ? "M" : "F");
            patch.put("birthDate", i == 0 ? "2021-03-04" : i == 1 ? "1950" : "1990-06");
            patch.put("needs", List.of(KnownPopulation.NEEDS.get(i)));
            Api.Response r = admin.patch("/api/v1/persons/" + id, patch);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
        }

        pop.recount(admin);
        assertThat(pop.byBand).as("the corrections moved persons between age bands").isNotEqualTo(before);
        assertFiguresMatch(pop);
    }

    @Test
    void an_added_member_counts_and_moves_the_household_to_the_next_size() {
        KnownPopulation pop = new KnownPopulation().register(admin, 6, 22);
        assertFiguresMatch(pop);
        int before = pop.persons;

        Api.Response r = admin.post("/api/v1/households/" + pop.householdIds.get(0) + "/members", Map.of(
                "givenName", "Նարե", "familyName", "Հովհաննիսյան", "sex", "F", "relationship", "CHILD",
                "birthDate", "2020-02-02", "needs", List.of("MOBILITY")));
        assertThat(r.status()).as(r.text()).isEqualTo(201);

        pop.recount(admin);
        assertThat(pop.persons).isEqualTo(before + 1);
        assertFiguresMatch(pop);
    }

    @Test
    void correcting_the_origin_or_point_moves_the_households_persons() {
        KnownPopulation pop = new KnownPopulation().register(admin, 6, 23);
        String region = pop.region;
        String moved = pop.householdIds.get(1);
        assertThat(admin.patch("/api/v1/households/" + pop.householdIds.get(0),
                Map.of("origin", Map.of("settlement", "Somewhere new", "region", region))).status()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/households/" + moved,
                Map.of("registrationPoint", "Elsewhere " + UUID.randomUUID())).status()).isEqualTo(200);

        pop.recount(admin);
        assertThat(pop.bySettlement).containsKey("Somewhere new");
        assertFiguresMatch(pop);
        JsonNode byRegion = admin.get("/api/v1/reports/summary?region=" + enc(region)).body();
        assertThat(byRegion.get("persons").asLong()).as("the moved household keeps its region")
                .isEqualTo(pop.persons + admin.get("/api/v1/households/" + moved).body().get("members").size());
    }

    @Test
    void distinct_persons_follow_a_merge_and_a_split_across_registration_points() throws Exception {
        KnownPopulation first = new KnownPopulation().register(admin, 4, 31);
        KnownPopulation second = new KnownPopulation().register(admin, 4, 32);
        long firstDistinct = first.distinctPersons(identities);
        long secondDistinct = second.distinctPersons(identities);
        assertThat(distinct(first)).isEqualTo(firstDistinct);
        assertThat(distinct(second)).isEqualTo(secondDistinct);

        // The second point's record joins an identity first seen at the first point: still one
        // distinct person at each point (counted by its first record at the first point only).
        String keep = identities.identitiesOf(List.of(first.personIds.get(0))).get(first.personIds.get(0));
        String joining = second.personIds.get(0);
        String other = identities.identitiesOf(List.of(joining)).get(joining);
        identities.merge(keep, other);

        assertThat(second.distinctPersons(identities)).isEqualTo(secondDistinct);
        assertThat(distinct(first)).isEqualTo(first.distinctPersons(identities));
        assertThat(distinct(second)).isEqualTo(second.distinctPersons(identities));
        assertThat(admin.get("/api/v1/reports/summary?" + first.filter()).body().get("persons").asLong())
                .as("records are counted where they were registered, whatever identity they join").isEqualTo(first.persons);

        identities.split(keep, List.of(joining));

        assertThat(distinct(first)).isEqualTo(first.distinctPersons(identities));
        assertThat(distinct(second)).isEqualTo(second.distinctPersons(identities)).isEqualTo(secondDistinct);
    }

    @Test
    void merging_two_records_at_one_point_counts_one_distinct_person_there() throws Exception {
        KnownPopulation pop = new KnownPopulation().register(admin, 5, 33);
        long before = pop.distinctPersons(identities);
        Map<String, String> ids = identities.identitiesOf(pop.personIds);
        List<String> distinctIds = ids.values().stream().distinct().toList();

        identities.merge(distinctIds.get(0), distinctIds.get(1));

        assertThat(pop.distinctPersons(identities)).isEqualTo(before - 1);
        assertThat(distinct(pop)).isEqualTo(before - 1);
        JsonNode d = admin.get("/api/v1/reports/dashboard?" + pop.filter()).body();
        assertThat(d.get("summary").get("distinctPersons").asLong()).isEqualTo(before - 1);
        assertThat(d.get("baseline").get("displaced").asLong()).isEqualTo(before - 1);
    }

    @Test
    void the_backfill_gives_the_counts_that_live_counting_kept() throws Exception {
        KnownPopulation pop = new KnownPopulation().register(admin, 10, 41);
        admin.post("/api/v1/households/" + pop.householdIds.get(0) + "/members", Map.of("givenName", "Ани",
                "familyName", "Акопян", "sex", "F", "relationship", "CHILD", "birthDate", "2019"));
        admin.patch("/api/v1/households/" + pop.householdIds.get(1),
                Map.of("origin", Map.of("settlement", "Backfilled", "region", pop.region)));
        pop.distinctPersons(identities);
        waitUntilMatchingIsIdle();
        Map<String, List<String>> live = allCounts();
        Map<String, List<String>> liveFacts = allFacts();
        JsonNode liveDashboard = admin.get("/api/v1/reports/dashboard?" + pop.filter()).body();
        assertThat(live.get("report_person_count")).isNotEmpty();
        assertThat(liveFacts.get("report_need_fact")).isNotEmpty();

        counts.refillFromRecords();

        assertThat(allCounts()).isEqualTo(live);
        assertThat(allFacts()).isEqualTo(liveFacts);
        JsonNode backfilled = admin.get("/api/v1/reports/dashboard?" + pop.filter()).body();
        assertThat(backfilled.get("summary")).isEqualTo(liveDashboard.get("summary"));
        assertThat(backfilled.get("needs")).isEqualTo(liveDashboard.get("needs"));
        assertThat(backfilled.get("householdSizes")).isEqualTo(liveDashboard.get("householdSizes"));
        assertThat(backfilled.get("originSettlements")).isEqualTo(liveDashboard.get("originSettlements"));
    }

    @Test
    void new_registrations_are_counted_as_the_backfill_counts_them_before_they_are_matched() throws Exception {
        waitUntilMatchingIsIdle();
        // A relink running elsewhere holds matching: what is compared is the registrations' own
        // counting, not the matcher's recount, which would correct it.
        String job = am.haven.support.Ids.newId();
        String now = am.haven.support.Timestamps.now();
        jdbc.sql("""
                INSERT INTO relink_job (id, status, phase, done, total, started_at, heartbeat_at, actor)
                VALUES (?, 'RUNNING', 'test', 0, 0, ?, ?, 'test')""").params(job, now, now).update();
        try {
            new KnownPopulation().register(admin, 6, 43);
            assertThat(matchingBehind()).isPositive();
            Map<String, List<String>> live = allCounts();
            Map<String, List<String>> liveFacts = allFacts();

            counts.refillFromRecords();

            assertThat(allFacts()).isEqualTo(liveFacts);
            assertThat(allCounts()).isEqualTo(live);
        } finally {
            jdbc.sql("DELETE FROM relink_job WHERE id = ?").param(job).update();
        }
    }

    @Test
    void transactions_adding_to_the_same_day_counts_at_once_neither_deadlock_nor_lose_a_count() throws Exception {
        // Registrations, the matcher and other instances add to the same few rows of the day at
        // once. Each transaction here adds to a different subset of one point's household sizes,
        // so unsorted rows would reach shared rows in different orders.
        String point = "concurrent-" + UUID.randomUUID();
        var tx = new org.springframework.transaction.support.TransactionTemplate(txManager);
        long[] expected = new long[41];
        List<java.util.concurrent.Callable<Void>> work = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int t = 0; t < 200; t++) {
            CountDelta delta = new CountDelta(java.time.ZoneOffset.UTC);
            int n = 3 + random.nextInt(38);
            for (int size : random.ints(1, 41).distinct().limit(n).toArray()) {
                delta.household(new CountRepository.HouseholdFact("h", "1999-01-01T10:00:00Z", point, "", size), 1);
                expected[size]++;
            }
            work.add(() -> {
                tx.executeWithoutResult(s -> countRepository.addToCounts(delta));
                return null;
            });
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (var done : pool.invokeAll(work)) done.get();
            Map<Integer, Long> stored = new HashMap<>();
            jdbc.sql("SELECT size, households FROM report_household_count WHERE registration_point = ?").param(point)
                    .query((rs, i) -> stored.put(rs.getInt(1), rs.getLong(2))).list();
            for (int size = 1; size <= 40; size++) {
                assertThat(stored.getOrDefault(size, 0L)).as("households of size " + size).isEqualTo(expected[size]);
            }
        } finally {
            pool.shutdownNow();
            jdbc.sql("DELETE FROM report_household_count WHERE registration_point = ?").param(point).update();
        }
    }

    /** Entries of the change feed that matching has not applied yet. */
    private long matchingBehind() {
        return jdbc.sql("SELECT h.last_seq - c.position FROM change_feed_head h, change_cursor c WHERE c.consumer = 'matching'")
                .query(Long.class).single();
    }

    private void waitUntilMatchingIsIdle() throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (matchingBehind() == 0) return;
            Thread.sleep(250);
        }
        throw new IllegalStateException("de-duplication still has records to match");
    }

    /** Every non-zero count row of every count table, as text, sorted. */
    private Map<String, List<String>> allCounts() {
        return rowsAsText(Map.of(
                "report_person_count", "SELECT day, registration_point, origin_region, sex, age_band, persons, firsts FROM report_person_count WHERE persons <> 0 OR firsts <> 0",
                "report_settlement_count", "SELECT day, registration_point, origin_region, origin_settlement, persons FROM report_settlement_count WHERE persons <> 0",
                "report_need_count", "SELECT day, registration_point, origin_region, need, persons FROM report_need_count WHERE persons <> 0",
                "report_household_count", "SELECT day, registration_point, origin_region, size, households FROM report_household_count WHERE households <> 0"));
    }

    /** Every fact row, as text, sorted: live counting and the backfill must leave the same facts. */
    private Map<String, List<String>> allFacts() {
        return rowsAsText(Map.of(
                "report_person_fact", """
                        SELECT person_id, household_id, registered_at, registration_point, origin_region, origin_settlement,
                               sex, age_band, identity_id, first_of_identity FROM report_person_fact""",
                "report_need_fact", "SELECT person_id, need FROM report_need_fact",
                "report_household_fact", "SELECT household_id, registered_at, registration_point, origin_region, size FROM report_household_fact"));
    }

    private Map<String, List<String>> rowsAsText(Map<String, String> tables) {
        Map<String, List<String>> out = new HashMap<>();
        tables.forEach((table, sql) -> {
            List<String> rows = new ArrayList<>(jdbc.sql(sql).query((rs, i) -> {
                StringBuilder b = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) b.append(rs.getString(c)).append('|');
                return b.toString();
            }).list());
            rows.sort(null);
            out.put(table, rows);
        });
        return out;
    }

    private long distinct(KnownPopulation pop) {
        return admin.get("/api/v1/reports/summary?" + pop.filter()).body().get("distinctPersons").asLong();
    }

    /** Summary, dashboard and exports for the population's point agree with the figures counted from its records. */
    private void assertFiguresMatch(KnownPopulation pop) {
        // Matching moves records between identities after they are registered or corrected; the
        // distinct-person figure is compared once it has settled.
        try {
            waitUntilMatchingIsIdle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        JsonNode s = admin.get("/api/v1/reports/summary?" + pop.filter()).body();
        assertThat(s.get("persons").asLong()).isEqualTo(pop.persons);
        assertThat(s.get("households").asLong()).isEqualTo(pop.households);
        for (String sex : List.of("F", "M")) {
            assertThat(s.get("bySex").get(sex).asLong()).as(sex).isEqualTo(pop.bySex.get(sex));
            for (String band : KnownPopulation.BANDS) {
                assertThat(s.get("bySexAndAgeBand").get(sex).get(band).asLong()).as(sex + " " + band)
                        .isEqualTo(pop.bySexAndBand.get(sex).get(band));
            }
        }
        Map<String, Long> days = new HashMap<>();
        for (JsonNode d : s.get("arrivalsByDay")) days.put(d.get("date").asString(), d.get("persons").asLong());
        assertThat(days).isEqualTo(pop.byDay);

        JsonNode d = admin.get("/api/v1/reports/dashboard?" + pop.filter()).body();
        assertThat(d.get("summary")).isEqualTo(s);
        for (JsonNode n : d.get("needs")) {
            assertThat(n.get("persons").asLong()).as(n.get("need").asString())
                    .isEqualTo(pop.byNeed.getOrDefault(n.get("need").asString(), 0L));
        }
        Map<String, Long> settlements = new HashMap<>();
        for (JsonNode st : d.get("originSettlements")) settlements.put(st.get("settlement").asString(), st.get("persons").asLong());
        assertThat(settlements).isEqualTo(pop.bySettlement);
        Map<Integer, Long> sizes = new HashMap<>();
        for (JsonNode h : d.get("householdSizes")) sizes.put(h.get("size").asInt(), h.get("households").asLong());
        assertThat(sizes).isEqualTo(pop.bySize);

        List<List<String>> csv = ReportsApiContract.csv(admin.get("/api/v1/reports/specific-needs.csv?" + pop.filter()).text());
        for (List<String> r : csv.subList(2, csv.size())) {
            assertThat(r.get(2)).as(r.get(0)).isEqualTo(KnownPopulation.published(pop.byNeed.getOrDefault(r.get(0), 0L)));
        }
        List<List<String>> sexAge = ReportsApiContract.csv(admin.get("/api/v1/reports/sex-age.csv?" + pop.filter()).text());
        long total = 0;
        for (List<String> r : sexAge.subList(2, sexAge.size())) {
            assertThat(r.get(r.size() - 1)).isEqualTo(KnownPopulation.published(pop.byDay.get(r.get(0))));
            total += pop.byDay.get(r.get(0));
        }
        assertThat(total).isEqualTo(pop.persons);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
