package am.haven.dedup.bench;

import am.haven.HavenApplication;
import am.haven.dedup.PersonRecords;
import am.haven.match.Record;
import am.haven.match.normalize.PartialDate;
import am.haven.match.normalize.Phones;
import am.haven.match.normalize.Sexes;
import am.haven.match.normalize.Transliteration;
import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills a Haven data directory (SQLite) with a population made by {@code haven generate}, fast, so
 * that {@code haven relink --data DIR} can be timed on 1,000,000 stored persons (bench/relink.sh).
 * Registration over HTTP would take hours at that size; this writes the registration tables
 * directly with multi-row INSERTs in large transactions, one household per generated record.
 *
 * <p>The generator's values are messy on purpose (sex as "male"/"արական", dates as "19.02.2021"); a
 * clerk would have asked, so they are stored as the desk would store them: sex and dates through
 * the engine's normalisers, a missing sex from the majority for that given name, names with their
 * Latin forms and keys as registration computes them. {@code --placed own} (default) puts every
 * record in an identity of its own, as a matcher that found no link would, so the relink moves
 * every record it links; {@code --placed none} leaves "to be matched" markers instead, as after
 * registrations made while no server matched, so the relink places every record.
 *
 * <pre>--input persons.csv --data DIR [--placed own|none]</pre>
 */
public final class RelinkBenchLoad {

    private static final int PER_TRANSACTION = 50_000;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i], args[i + 1]);
        Path input = Path.of(o.get("--input"));
        Path data = Path.of(o.get("--data"));
        boolean own = !"none".equals(o.getOrDefault("--placed", "own"));
        long t0 = System.nanoTime();
        List<Record> records = DedupBench.read(input);
        Map<String, String> sexOfName = sexByGivenName(records);
        try (ConfigurableApplicationContext ctx = HavenApplication.startWithoutWeb(data)) {
            int loaded = load(ctx.getBean(DataSource.class), records, sexOfName, own);
            System.out.printf("loaded %,d persons into %s in %.1f s (identities: %s)%n", loaded, data,
                    (System.nanoTime() - t0) / 1e9, own ? "one each" : "none, every record waiting to be matched");
        }
    }

    /** The sex most records with this given name carry, for the records that lack one. */
    static Map<String, String> sexByGivenName(List<Record> records) {
        Map<String, int[]> counts = new HashMap<>();
        for (Record r : records) {
            String sex = sex(r.values().get(PersonRecords.SEX));
            if (sex == null) continue;
            int[] c = counts.computeIfAbsent(key(r.values().get(PersonRecords.GIVEN_NAME)), k -> new int[2]);
            c["F".equals(sex) ? 0 : 1]++;
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((name, c) -> out.put(name, c[0] >= c[1] ? "F" : "M"));
        return out;
    }

    static int load(DataSource ds, List<Record> records, Map<String, String> sexOfName, boolean own) throws Exception {
        String at = Timestamps.format(Instant.parse("2023-09-27T12:00:00Z"));
        int done = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long seq;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT last_seq FROM change_feed_head")) {
                rs.next();
                seq = rs.getLong(1);
            }
            List<Object[]> households = new ArrayList<>(), persons = new ArrayList<>(), documents = new ArrayList<>(),
                    placed = new ArrayList<>();
            for (Record r : records) {
                Map<String, String> v = r.values();
                String householdId = Ids.newId(), personId = Ids.newId();
                households.add(new Object[] {householdId, String.format("G%08d", ++done), "Goris humanitarian centre",
                        "bench", at, at, 1, v.get(PersonRecords.ORIGIN), false, true, false});
                String given = v.get(PersonRecords.GIVEN_NAME), family = v.get(PersonRecords.FAMILY_NAME);
                String sex = sex(v.get(PersonRecords.SEX));
                if (sex == null) sex = sexOfName.getOrDefault(key(given), "F");
                PartialDate birth = birthDate(v.get(PersonRecords.BIRTH_DATE));
                persons.add(new Object[] {personId, householdId, 0, given, family, v.get(PersonRecords.PATRONYMIC),
                        latin(given), latin(family), latin(v.get(PersonRecords.PATRONYMIC)), key(given), key(family),
                        sex, birth == null ? null : iso(birth), birth == null ? null : birth.year(), false, "HEAD",
                        phone(v.get(PersonRecords.PHONE)), at, at, 1});
                String document = v.get(PersonRecords.DOCUMENT);
                if (document != null) documents.add(new Object[] {personId, 0, "OTHER", document, documentKey(document)});
                placed.add(own ? new Object[] {personId, personId, "NEW", at} : new Object[] {++seq, personId, householdId, "REGISTERED", at});
                if (persons.size() >= PER_TRANSACTION || done == records.size()) {
                    insert(c, "household (id, number, registration_point, registered_by, registered_at, updated_at, version,"
                            + " origin_settlement, consent_assistance, consent_tracing, consent_sharing)", households);
                    insert(c, "person (id, household_id, position, given_name, family_name, patronymic, given_name_latin,"
                            + " family_name_latin, patronymic_latin, given_name_key, family_name_key, sex, birth_date,"
                            + " birth_year, birth_date_estimated, relationship, phone, created_at, updated_at, version)", persons);
                    insert(c, "person_document (person_id, position, type, number, number_key)", documents);
                    insert(c, own ? "identity_member (person_id, identity_id, source, assigned_at)"
                            : "person_change (seq, person_id, household_id, kind, changed_at)", placed);
                    if (!own) {
                        try (var head = c.prepareStatement("UPDATE change_feed_head SET last_seq = ?")) {
                            head.setLong(1, seq);
                            head.executeUpdate();
                        }
                    }
                    c.commit();
                    households.clear();
                    persons.clear();
                    documents.clear();
                    placed.clear();
                    System.out.printf("  %,d%n", done);
                }
            }
        }
        return done;
    }

    private static String sex(String raw) {
        String code = Sexes.code(raw);
        return "f".equals(code) ? "F" : "m".equals(code) ? "M" : null;
    }

    private static PartialDate birthDate(String raw) {
        if (raw == null) return null;
        try {
            PartialDate d = PartialDate.parse(raw);
            return d == null || d.year() < 1890 || d.year() > 2023 ? null : d;
        } catch (RuntimeException e) {
            return null; // a date no clerk could read is left out, as the desk would refuse it
        }
    }

    private static String iso(PartialDate d) {
        if (d.month() < 1 || d.month() > 12) return String.format("%04d", d.year());
        if (d.day() < 1 || d.day() > 28) return String.format("%04d-%02d", d.year(), d.month());
        return String.format("%04d-%02d-%02d", d.year(), d.month(), d.day());
    }

    private static String phone(String raw) {
        if (raw == null) return null;
        try {
            String e164 = Phones.e164(raw, "AM");
            return e164 == null || e164.length() > 20 ? null : e164;
        } catch (RuntimeException e) {
            return null;
        }
    }

    // As registration's Names: Latin form, then lower-case ASCII letters and single spaces.
    private static String latin(String name) {
        return name == null ? null : Transliteration.toLatin(name).trim();
    }

    private static String key(String name) {
        String latin = latin(name);
        return latin == null ? null : latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").trim();
    }

    // As registration's Documents: Cyrillic look-alikes folded, letters and digits only, upper case.
    private static String documentKey(String number) {
        StringBuilder sb = new StringBuilder();
        for (char ch : number.toCharArray()) {
            int i = "АВЕКМНОРСТУХаеокрсух".indexOf(ch);
            char folded = i >= 0 ? "ABEKMHOPCTYXaeokpcyx".charAt(i) : ch;
            if (Character.isLetterOrDigit(folded)) sb.append(folded);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    private static void insert(Connection c, String table, List<Object[]> rows) throws Exception {
        if (rows.isEmpty()) return;
        int cols = rows.get(0).length;
        int per = Math.max(1, 900 / cols); // SQLite binds at most 32,766 parameters; stay well below
        String one = "(" + String.join(",", Collections.nCopies(cols, "?")) + ")";
        for (int from = 0; from < rows.size(); from += per) {
            int n = Math.min(per, rows.size() - from);
            String sql = "INSERT INTO " + table + " VALUES " + String.join(",", Collections.nCopies(n, one));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (int r = from; r < from + n; r++) for (Object v : rows.get(r)) ps.setObject(i++, v);
                ps.executeUpdate();
            }
        }
    }

    private RelinkBenchLoad() {}
}
