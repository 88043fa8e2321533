package am.haven.reports;

import am.haven.support.InLists;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Owns the report facts ({@code report_person_fact}, {@code report_need_fact},
 * {@code report_household_fact}) and the day counts built from them (V43). Reads the current
 * state of records through the report views only. Batched statements go through
 * {@link JdbcTemplate} because {@link JdbcClient} has no batches.
 */
@Repository
class CountRepository {

    /** A person record as reports count it; region and settlement are '' when unknown. */
    record PersonFact(String personId, String householdId, String registeredAt, String point, String region,
                      String settlement, String sex, String ageBand, String identityId, boolean first) {

        PersonFact withFirst(boolean f) {
            return new PersonFact(personId, householdId, registeredAt, point, region, settlement, sex, ageBand,
                    identityId, f);
        }
    }

    record HouseholdFact(String householdId, String registeredAt, String point, String region, int size) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CountRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // ---- the records as they are now (through the report views) ----

    /** Current facts of these person records; a record that no longer exists is left out. first is false. */
    Map<String, PersonFact> currentPersons(Collection<String> personIds) {
        Map<String, PersonFact> out = new HashMap<>();
        InLists.forEach(personIds, chunk -> jdbc.sql("""
                        SELECT rp.person_id, rp.household_id, rp.registered_at, rp.registration_point, rp.origin_region,
                               rp.origin_settlement, rp.sex, rp.age_band, i.identity_id
                        FROM report_person rp LEFT JOIN report_person_identity i ON i.person_id = rp.person_id
                        WHERE rp.person_id IN (""" + InLists.MARKS + ")")
                .params(chunk).query(rs -> {
                    String id = rs.getString(1);
                    String identity = rs.getString(9);
                    out.put(id, new PersonFact(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            blank(rs.getString(5)), blank(rs.getString(6)), rs.getString(7).trim(), rs.getString(8),
                            identity == null ? id : identity, false));
                }));
        return out;
    }

    Map<String, Set<String>> currentNeeds(Collection<String> personIds) {
        return needs("SELECT person_id, code FROM person_need", personIds);
    }

    Map<String, HouseholdFact> currentHouseholds(Collection<String> householdIds) {
        return households("report_household", householdIds);
    }

    // ---- facts as last counted ----

    private static final String PERSON_FACT = """
            SELECT person_id, household_id, registered_at, registration_point, origin_region, origin_settlement,
                   sex, age_band, identity_id, first_of_identity FROM report_person_fact""";

    Map<String, PersonFact> personFacts(Collection<String> personIds) {
        Map<String, PersonFact> out = new HashMap<>();
        InLists.forEach(personIds, chunk -> jdbc.sql(PERSON_FACT + " WHERE person_id IN (" + InLists.MARKS + ")")
                .params(chunk).query(rs -> {
                    PersonFact f = personFact(rs);
                    out.put(f.personId(), f);
                }));
        return out;
    }

    /** Every counted record of these identities. */
    List<PersonFact> membersOf(Collection<String> identityIds) {
        List<PersonFact> out = new ArrayList<>();
        InLists.forEach(identityIds, chunk -> jdbc.sql(PERSON_FACT + " WHERE identity_id IN (" + InLists.MARKS + ")")
                .params(chunk).query(rs -> {
                    out.add(personFact(rs));
                }));
        return out;
    }

    Map<String, Set<String>> needFacts(Collection<String> personIds) {
        return needs("SELECT person_id, need FROM report_need_fact", personIds);
    }

    Map<String, HouseholdFact> householdFacts(Collection<String> householdIds) {
        return households("report_household_fact", householdIds);
    }

    /** Need codes by person from {@code select} (person id, code), for these persons. */
    private Map<String, Set<String>> needs(String select, Collection<String> personIds) {
        return needs(select, personIds, "");
    }

    private Map<String, Set<String>> needs(String select, Collection<String> personIds, String returning) {
        Map<String, Set<String>> out = new HashMap<>();
        InLists.forEach(personIds, chunk -> jdbc.sql(select + " WHERE person_id IN (" + InLists.MARKS + ")" + returning)
                .params(chunk).query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }));
        return out;
    }

    /** Households as the view of current records or the facts last counted ({@code table}) hold them. */
    private Map<String, HouseholdFact> households(String table, Collection<String> householdIds) {
        Map<String, HouseholdFact> out = new HashMap<>();
        InLists.forEach(householdIds, chunk -> jdbc.sql(
                        "SELECT household_id, registered_at, registration_point, origin_region, size FROM " + table
                        + " WHERE household_id IN (" + InLists.MARKS + ")")
                .params(chunk).query(rs -> {
                    out.put(rs.getString(1), new HouseholdFact(rs.getString(1), rs.getString(2), rs.getString(3),
                            blank(rs.getString(4)), rs.getInt(5)));
                }));
        return out;
    }

    /**
     * Serialises transactions that change the same identities' records (a PostgreSQL row lock on
     * the inserted key until commit; SQLite already holds its write lock). Ids in sorted order so
     * two transactions cannot wait for each other.
     */
    void lockIdentities(Collection<String> identityIds) {
        List<Object[]> rows = new TreeSet<>(identityIds).stream().map(id -> new Object[] {id}).toList();
        batch.batchUpdate("INSERT INTO report_identity_lock (identity_id) VALUES (?) ON CONFLICT (identity_id) DO NOTHING", rows);
        batch.batchUpdate("DELETE FROM report_identity_lock WHERE identity_id = ?", rows);
    }

    /**
     * Takes the row locks of these records' facts before they are recounted, in sorted order. On
     * PostgreSQL a correction and the matcher's placement of the same record could otherwise each
     * read the record as it was before the other committed, and the later write undid the earlier
     * (a matched record counted as unmatched). Waiting here, the recount then reads what the other
     * committed. SQLite holds its one write lock already.
     */
    void lockPersonFacts(Collection<String> personIds) {
        List<Object[]> rows = new TreeSet<>(personIds).stream().map(id -> new Object[] {id}).toList();
        if (!rows.isEmpty()) batch.batchUpdate("UPDATE report_person_fact SET person_id = person_id WHERE person_id = ?", rows);
    }

    // ---- writing facts ----

    void savePersonFacts(Collection<PersonFact> facts) {
        if (facts.isEmpty()) return;
        batch.batchUpdate("""
                INSERT INTO report_person_fact (person_id, household_id, registered_at, registration_point, origin_region,
                    origin_settlement, sex, age_band, identity_id, first_of_identity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET household_id = excluded.household_id,
                    registered_at = excluded.registered_at, registration_point = excluded.registration_point,
                    origin_region = excluded.origin_region, origin_settlement = excluded.origin_settlement,
                    sex = excluded.sex, age_band = excluded.age_band, identity_id = excluded.identity_id,
                    first_of_identity = excluded.first_of_identity""",
                facts.stream().map(f -> new Object[] {f.personId(), f.householdId(), f.registeredAt(), f.point(),
                        f.region(), f.settlement(), f.sex(), f.ageBand(), f.identityId(), f.first() ? 1 : 0}).toList());
    }

    /**
     * Writes the facts of records created in this transaction straight from the report view, and
     * returns them for counting: records not matched yet, each the first of its own identity (the
     * backfill's rule, V44). One statement per list of ids instead of a read and a batched write.
     */
    List<PersonFact> insertFreshPersonFacts(Collection<String> personIds) {
        List<PersonFact> out = new ArrayList<>();
        InLists.forEach(personIds, chunk -> jdbc.sql("""
                        INSERT INTO report_person_fact (person_id, household_id, registered_at, registration_point,
                            origin_region, origin_settlement, sex, age_band, identity_id, first_of_identity)
                        SELECT rp.person_id, rp.household_id, rp.registered_at, rp.registration_point,
                               COALESCE(rp.origin_region, ''), COALESCE(rp.origin_settlement, ''), rp.sex, rp.age_band,
                               rp.person_id, 1
                        FROM report_person rp WHERE rp.person_id IN (""" + InLists.MARKS + """
                        )
                        RETURNING person_id, household_id, registered_at, registration_point, origin_region,
                                  origin_settlement, sex, age_band, identity_id, first_of_identity""")
                .params(chunk).query(rs -> {
                    out.add(personFact(rs));
                }));
        return out;
    }

    /** The need facts of records created in this transaction, written from their needs and returned. */
    Map<String, Set<String>> insertFreshNeedFacts(Collection<String> personIds) {
        return needs("INSERT INTO report_need_fact (person_id, need) SELECT person_id, code FROM person_need", personIds,
                " RETURNING person_id, need");
    }

    void deletePersonFacts(Collection<String> personIds) {
        if (personIds.isEmpty()) return;
        List<Object[]> rows = personIds.stream().map(id -> new Object[] {id}).toList();
        batch.batchUpdate("DELETE FROM report_need_fact WHERE person_id = ?", rows);
        batch.batchUpdate("DELETE FROM report_person_fact WHERE person_id = ?", rows);
    }

    /** Replaces the recorded needs of each listed person (an empty set removes them all). */
    void replaceNeedFacts(Map<String, Set<String>> needsByPerson) {
        if (needsByPerson.isEmpty()) return;
        batch.batchUpdate("DELETE FROM report_need_fact WHERE person_id = ?",
                needsByPerson.keySet().stream().map(id -> new Object[] {id}).toList());
        List<Object[]> rows = new ArrayList<>();
        needsByPerson.forEach((p, needs) -> needs.forEach(n -> rows.add(new Object[] {p, n})));
        if (!rows.isEmpty()) batch.batchUpdate("INSERT INTO report_need_fact (person_id, need) VALUES (?, ?)", rows);
    }

    void saveHouseholdFacts(Collection<HouseholdFact> facts) {
        if (facts.isEmpty()) return;
        batch.batchUpdate("""
                INSERT INTO report_household_fact (household_id, registered_at, registration_point, origin_region, size)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (household_id) DO UPDATE SET registered_at = excluded.registered_at,
                    registration_point = excluded.registration_point, origin_region = excluded.origin_region,
                    size = excluded.size""",
                facts.stream().map(f -> new Object[] {f.householdId(), f.registeredAt(), f.point(), f.region(), f.size()})
                        .toList());
    }

    /** The facts of households created in this transaction, written from the report view and returned. */
    List<HouseholdFact> insertFreshHouseholdFacts(Collection<String> householdIds) {
        List<HouseholdFact> out = new ArrayList<>();
        InLists.forEach(householdIds, chunk -> jdbc.sql("""
                        INSERT INTO report_household_fact (household_id, registered_at, registration_point, origin_region, size)
                        SELECT household_id, registered_at, registration_point, COALESCE(origin_region, ''), size
                        FROM report_household WHERE household_id IN (""" + InLists.MARKS + """
                        )
                        RETURNING household_id, registered_at, registration_point, origin_region, size""")
                .params(chunk).query(rs -> {
                    out.add(new HouseholdFact(rs.getString(1), rs.getString(2), rs.getString(3), blank(rs.getString(4)),
                            rs.getInt(5)));
                }));
        return out;
    }

    void deleteHouseholdFacts(Collection<String> householdIds) {
        if (householdIds.isEmpty()) return;
        batch.batchUpdate("DELETE FROM report_household_fact WHERE household_id = ?",
                householdIds.stream().map(id -> new Object[] {id}).toList());
    }

    // ---- day counts ----

    /**
     * Adds each non-zero change to the day counts (negative numbers take counts back). Transactions
     * committing at the same time (the registration writer, the matcher, other instances) update the
     * same few rows of the day, so each table's rows are written in key order: two transactions then
     * lock shared rows in the same order, and one waits for the other instead of deadlocking.
     */
    void addToCounts(CountDelta delta) {
        List<Object[]> persons = new ArrayList<>();
        delta.persons().forEach((k, v) -> {
            if (v[0] != 0 || v[1] != 0) persons.add(new Object[] {k.day(), k.point(), k.region(), k.sex(), k.band(), v[0], v[1]});
        });
        persons.sort(KEY_ORDER);
        if (!persons.isEmpty()) batch.batchUpdate("""
                INSERT INTO report_person_count (day, registration_point, origin_region, sex, age_band, persons, firsts)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (day, registration_point, sex, age_band, origin_region) DO UPDATE SET
                    persons = report_person_count.persons + excluded.persons,
                    firsts = report_person_count.firsts + excluded.firsts""", persons);
        List<Object[]> settlements = rows(delta.settlements(), k -> new Object[] {k.day(), k.point(), k.region(), k.settlement()});
        if (!settlements.isEmpty()) batch.batchUpdate("""
                INSERT INTO report_settlement_count (day, registration_point, origin_region, origin_settlement, persons)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day, registration_point, origin_region, origin_settlement) DO UPDATE SET
                    persons = report_settlement_count.persons + excluded.persons""", settlements);
        List<Object[]> needs = rows(delta.needs(), k -> new Object[] {k.day(), k.point(), k.region(), k.need()});
        if (!needs.isEmpty()) batch.batchUpdate("""
                INSERT INTO report_need_count (day, registration_point, origin_region, need, persons) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day, registration_point, origin_region, need) DO UPDATE SET
                    persons = report_need_count.persons + excluded.persons""", needs);
        List<Object[]> sizes = rows(delta.sizes(), k -> new Object[] {k.day(), k.point(), k.region(), k.size()});
        if (!sizes.isEmpty()) batch.batchUpdate("""
                INSERT INTO report_household_count (day, registration_point, origin_region, size, households)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day, registration_point, origin_region, size) DO UPDATE SET
                    households = report_household_count.households + excluded.households""", sizes);
    }

    private static <K> List<Object[]> rows(Map<K, Long> counts, java.util.function.Function<K, Object[]> key) {
        List<Object[]> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n == 0) return;
            Object[] keyValues = key.apply(k);
            Object[] row = java.util.Arrays.copyOf(keyValues, keyValues.length + 1);
            row[keyValues.length] = n;
            out.add(row);
        });
        out.sort(KEY_ORDER);
        return out;
    }

    /** Orders count rows by their columns as text; the key columns come first and differ, so the counts never decide. */
    private static final java.util.Comparator<Object[]> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = String.valueOf(a[i]).compareTo(String.valueOf(b[i]));
            if (c != 0) return c;
        }
        return Integer.compare(a.length, b.length);
    };

    /**
     * Takes the right to rebuild the day counts for {@code zone}: true when they were built for
     * another zone (or never, or {@code always}). The state row stays locked until commit, so a
     * second instance starting at the same time waits and then finds nothing to do.
     */
    boolean claimRebuild(String zone, String now, boolean always) {
        String unless = always ? "" : " AND (zone IS NULL OR zone <> ?)";
        List<Object> params = new ArrayList<>(List.of(zone, now));
        if (!always) params.add(zone);
        return jdbc.sql("UPDATE report_count_state SET zone = ?, built_at = ? WHERE id = 1" + unless)
                .params(params).update() == 1;
    }

    /** UTC hours (2023-09-27T10) in which anything counted was registered. */
    List<String> registeredHours() {
        return jdbc.sql("""
                SELECT SUBSTR(registered_at, 1, 13) FROM report_person_fact
                UNION SELECT SUBSTR(registered_at, 1, 13) FROM report_household_fact""").query(String.class).list();
    }

    /** Recomputes every day count from the facts, with {@code dayOfHour} mapping UTC hours to local days. */
    void rebuildCounts(Map<String, String> dayOfHour) {
        jdbc.sql("DELETE FROM report_hour_day").update();
        batch.batchUpdate("INSERT INTO report_hour_day (hour, day) VALUES (?, ?)",
                dayOfHour.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        for (String table : List.of("report_person_count", "report_settlement_count", "report_need_count",
                "report_household_count")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("""
                INSERT INTO report_person_count (day, registration_point, origin_region, sex, age_band, persons, firsts)
                SELECT m.day, f.registration_point, f.origin_region, f.sex, f.age_band, COUNT(*), SUM(f.first_of_identity)
                FROM report_person_fact f JOIN report_hour_day m ON m.hour = SUBSTR(f.registered_at, 1, 13)
                GROUP BY m.day, f.registration_point, f.origin_region, f.sex, f.age_band""").update();
        jdbc.sql("""
                INSERT INTO report_settlement_count (day, registration_point, origin_region, origin_settlement, persons)
                SELECT m.day, f.registration_point, f.origin_region, f.origin_settlement, COUNT(*)
                FROM report_person_fact f JOIN report_hour_day m ON m.hour = SUBSTR(f.registered_at, 1, 13)
                GROUP BY m.day, f.registration_point, f.origin_region, f.origin_settlement""").update();
        jdbc.sql("""
                INSERT INTO report_need_count (day, registration_point, origin_region, need, persons)
                SELECT m.day, f.registration_point, f.origin_region, n.need, COUNT(*)
                FROM report_need_fact n JOIN report_person_fact f ON f.person_id = n.person_id
                JOIN report_hour_day m ON m.hour = SUBSTR(f.registered_at, 1, 13)
                GROUP BY m.day, f.registration_point, f.origin_region, n.need""").update();
        jdbc.sql("""
                INSERT INTO report_household_count (day, registration_point, origin_region, size, households)
                SELECT m.day, h.registration_point, h.origin_region, h.size, COUNT(*)
                FROM report_household_fact h JOIN report_hour_day m ON m.hour = SUBSTR(h.registered_at, 1, 13)
                GROUP BY m.day, h.registration_point, h.origin_region, h.size""").update();
    }

    /** Empties the facts before the backfill script fills them again. */
    void deleteAllFacts() {
        for (String table : List.of("report_need_fact", "report_person_fact", "report_household_fact")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    private static PersonFact personFact(ResultSet rs) throws SQLException {
        return new PersonFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10) == 1);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

}
