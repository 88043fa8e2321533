package am.haven.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What assistance reads of registration, de-duplication and shelter, through the views meant for it
 * ({@code assistance_person}, {@code assistance_person_need}, {@code assistance_placement}) and its
 * own {@code assistance_list_entry}. Read-only; never writes another feature's table.
 */
@Repository
class Population {

    private final JdbcClient jdbc;

    Population(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One registration record with its current identity. */
    record Record(String personId, String householdId, String identityId, String givenName, String familyName,
                  String sex, String birthDate, String relationship, String registeredAt, String originRegion,
                  String originSettlement, boolean consent) {}

    /** A current bed booking of a household. */
    record Placement(String site, String siteType, String region, String since) {
        boolean state() {
            return STATE_SITE_TYPES.contains(siteType);
        }
    }

    /** Government-run accommodation: hotels, dormitories and collective centres the state pays for. */
    static final Set<String> STATE_SITE_TYPES = Set.of("HOTEL", "DORMITORY", "COLLECTIVE_CENTRE");

    /** Everything needed to decide and pay every unit, read in four queries. */
    record Snapshot(List<Record> records, Map<String, List<String>> needs, Map<String, Placement> placements,
                    Map<String, List<String>> lists) {}

    Snapshot read() {
        List<Record> records = new ArrayList<>();
        jdbc.sql("SELECT person_id, household_id, identity_id, given_name, family_name, sex, birth_date, relationship,"
                        + " registered_at, origin_region, origin_settlement, consent_assistance FROM assistance_person")
                .query(rs -> {
                    records.add(new Record(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6).trim(), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getBoolean(12)));
                });
        Map<String, List<String>> needs = new HashMap<>();
        jdbc.sql("SELECT person_id, code FROM assistance_person_need")
                .query(rs -> {
                    needs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, Placement> placements = new HashMap<>();
        jdbc.sql("SELECT household_id, site_name, site_type, site_region, since FROM assistance_placement")
                .query(rs -> {
                    placements.put(rs.getString(1), new Placement(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                });
        Map<String, List<String>> lists = new HashMap<>();
        jdbc.sql("SELECT person_id, list_name FROM assistance_list_entry")
                .query(rs -> {
                    lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return new Snapshot(records, needs, placements, lists);
    }

    /** The current identity of each of these records (a record not yet matched is its own identity). */
    Map<String, String> identitiesOf(java.util.Collection<String> personIds) {
        Map<String, String> out = new HashMap<>();
        am.haven.support.InLists.forEach(personIds, chunk -> jdbc.sql(
                        "SELECT person_id, identity_id FROM assistance_person WHERE person_id IN (" + am.haven.support.InLists.MARKS + ")")
                .params(chunk.toArray())
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                }));
        return out;
    }

    /** The records of an identity as the view shows them now. */
    List<String> recordsOf(String identityId) {
        return jdbc.sql("SELECT person_id FROM assistance_person WHERE identity_id = ? ORDER BY registered_at, person_id")
                .param(identityId).query(String.class).list();
    }

    /** Names to print on a payment list, by record. */
    Map<String, String[]> names(java.util.Collection<String> personIds) {
        Map<String, String[]> out = new HashMap<>();
        am.haven.support.InLists.forEach(personIds, chunk -> jdbc.sql(
                        "SELECT person_id, given_name, family_name FROM assistance_person WHERE person_id IN (" + am.haven.support.InLists.MARKS + ")")
                .params(chunk.toArray())
                .query(rs -> {
                    out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }));
        return out;
    }

    /**
     * A unit to decide on: its identity (the head's identity for a household unit), its records, the
     * record it pays (lead), who collects the money (payee) and the facts its rules read.
     */
    record Unit(String identityId, String leadPersonId, List<String> personIds, String payeePersonId,
                boolean consent, Map<String, Object> facts) {}

    static final Comparator<Record> REGISTRATION_ORDER =
            Comparator.comparing(Record::registeredAt).thenComparing(Record::personId);

    /** One unit per identity, ordered by when its first record was registered. */
    static List<Unit> persons(Snapshot s, LocalDate asOf) {
        Map<String, List<Record>> byIdentity = new LinkedHashMap<>();
        Map<String, List<Record>> byHousehold = new HashMap<>();
        List<Record> sorted = new ArrayList<>(s.records());
        sorted.sort(REGISTRATION_ORDER);
        for (Record r : sorted) {
            byIdentity.computeIfAbsent(r.identityId(), k -> new ArrayList<>()).add(r);
            byHousehold.computeIfAbsent(r.householdId(), k -> new ArrayList<>()).add(r);
        }
        List<Unit> units = new ArrayList<>(byIdentity.size());
        for (List<Record> recs : byIdentity.values()) {
            Record lead = recs.get(0);
            List<Record> household = byHousehold.get(lead.householdId());
            Map<String, Object> facts = facts(s, recs, lead, household.size(), asOf);
            long age = (Long) facts.get(Facts.AGE);
            String payee = lead.personId();
            if (age >= 0 && age < 18) {
                payee = household.stream().filter(r -> "HEAD".equals(r.relationship())).map(Record::personId)
                        .findFirst().orElse(lead.personId());
            }
            units.add(new Unit(lead.identityId(), lead.personId(), recs.stream().map(Record::personId).toList(), payee,
                    recs.stream().anyMatch(Record::consent), facts));
        }
        return units;
    }

    /**
     * One unit per household identity: households that share any person identity are one household
     * registered more than once, so they get one line. Its person facts are those of the head of the
     * earliest household; its size counts distinct identities.
     */
    static List<Unit> households(Snapshot s, LocalDate asOf) {
        Map<String, List<Record>> byHousehold = new LinkedHashMap<>();
        List<Record> sorted = new ArrayList<>(s.records());
        sorted.sort(REGISTRATION_ORDER);
        for (Record r : sorted) byHousehold.computeIfAbsent(r.householdId(), k -> new ArrayList<>()).add(r);
        Map<String, String> parent = new HashMap<>();
        Map<String, String> householdOfIdentity = new HashMap<>();
        for (Record r : sorted) {
            parent.putIfAbsent(r.householdId(), r.householdId());
            String other = householdOfIdentity.putIfAbsent(r.identityId(), r.householdId());
            if (other != null) union(parent, other, r.householdId());
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String h : byHousehold.keySet()) groups.computeIfAbsent(find(parent, h), k -> new ArrayList<>()).add(h);
        List<Unit> units = new ArrayList<>(groups.size());
        for (List<String> hs : groups.values()) {
            List<Record> first = byHousehold.get(hs.get(0));
            Record head = first.stream().filter(r -> "HEAD".equals(r.relationship())).findFirst().orElse(first.get(0));
            List<Record> all = new ArrayList<>();
            for (String h : hs) all.addAll(byHousehold.get(h));
            List<Record> headRecords = all.stream().filter(r -> r.identityId().equals(head.identityId())).toList();
            int size = (int) all.stream().map(Record::identityId).distinct().count();
            Map<String, Object> facts = facts(s, headRecords, head, size, asOf);
            placement(s, all, facts);
            units.add(new Unit(head.identityId(), head.personId(), all.stream().map(Record::personId).toList(),
                    head.personId(), all.stream().anyMatch(Record::consent), facts));
        }
        return units;
    }

    private static Map<String, Object> facts(Snapshot s, List<Record> recs, Record lead, int householdSize, LocalDate asOf) {
        Map<String, Object> f = new HashMap<>();
        f.put(Facts.AGE, age(lead.birthDate(), asOf));
        f.put(Facts.SEX, lead.sex());
        f.put(Facts.REGISTERED_ON, lead.registeredAt().substring(0, 10));
        f.put(Facts.ORIGIN_REGION, nullToEmpty(lead.originRegion()));
        f.put(Facts.ORIGIN_SETTLEMENT, nullToEmpty(lead.originSettlement()));
        f.put(Facts.RELATIONSHIP, lead.relationship());
        Set<String> needs = new TreeSet<>();
        Set<String> lists = new TreeSet<>();
        for (Record r : recs) {
            needs.addAll(s.needs().getOrDefault(r.personId(), List.of()));
            lists.addAll(s.lists().getOrDefault(r.personId(), List.of()));
        }
        f.put(Facts.NEEDS, List.copyOf(needs));
        f.put(Facts.LISTS, List.copyOf(lists));
        f.put(Facts.HOUSEHOLD_SIZE, (long) householdSize);
        f.put(Facts.HOUSEHOLD_CONSENT, recs.stream().anyMatch(Record::consent));
        placement(s, recs, f);
        return f;
    }

    /** The unit's current booking, a state site first (any household of the unit may hold it). */
    private static void placement(Snapshot s, List<Record> recs, Map<String, Object> f) {
        Placement found = null;
        for (Record r : recs) {
            Placement p = s.placements().get(r.householdId());
            if (p != null && (found == null || (p.state() && !found.state()))) found = p;
        }
        f.put(Facts.PLACED, found != null);
        f.put(Facts.STATE_SITE, found != null && found.state());
        f.put(Facts.SITE, found == null ? "" : found.site());
        f.put(Facts.SITE_TYPE, found == null ? "" : found.siteType());
        f.put(Facts.SITE_REGION, found == null ? "" : found.region());
        f.put(Facts.PLACED_SINCE, found == null || found.since() == null ? "" : found.since());
    }

    /** Whole years at {@code asOf}; a date known to the year counts as 1 July, to the month as the 15th; -1 unknown. */
    static long age(String birth, LocalDate asOf) {
        if (birth == null || birth.length() < 4) return -1;
        int y = Integer.parseInt(birth.substring(0, 4));
        int m = birth.length() >= 7 ? Integer.parseInt(birth.substring(5, 7)) : 7;
        int d = birth.length() >= 10 ? Integer.parseInt(birth.substring(8, 10)) : birth.length() >= 7 ? 15 : 1;
        int years = asOf.getYear() - y;
        if (asOf.getMonthValue() * 100 + asOf.getDayOfMonth() < m * 100 + d) years--;
        return Math.max(years, 0);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!parent.get(root).equals(root)) root = parent.get(root);
        while (!parent.get(x).equals(root)) {
            String next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }
}
