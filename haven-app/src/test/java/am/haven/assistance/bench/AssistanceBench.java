package am.haven.assistance.bench;

import am.haven.HavenApplication;
import am.haven.assistance.Cycle;
import am.haven.assistance.Cycles;
import am.haven.assistance.PaymentLists;
import am.haven.assistance.Programme;
import am.haven.assistance.ProgrammeRequest;
import am.haven.assistance.Programmes;
import am.haven.assistance.Reconciliations;
import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times a cycle of a one-off programme for about 120,000 identities, its bank files and the import
 * of a result line for every payable line. Starts Haven on a fresh SQLite file or PostgreSQL schema
 * and bulk-loads households, persons (3 % of them a second record of an earlier person, linked as
 * de-duplication would), sites, bed bookings (a third of households, half of them in state sites)
 * and an exclusion list (2 % of persons), straight into the tables (the API would take an hour).
 * The rules read placements and the exclusion list. Not run by {@code mvn verify}; the command is in
 * docs/benchmarks.md.
 *
 * <pre>--db sqlite|postgres  --persons 124000  (PostgreSQL: HAVEN_TEST_PG_URL)</pre>
 */
public final class AssistanceBench {

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        String db = arg(a, "--db", "sqlite");
        int persons = Integer.parseInt(arg(a, "--persons", "124000"));
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", "0");
        props.put("HAVEN_ADMIN_PASSWORD", "bench-admin-password");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.am.haven.assistance", "INFO");
        if (db.equals("postgres")) {
            String url = System.getenv("HAVEN_TEST_PG_URL");
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                c.createStatement().execute("CREATE SCHEMA " + schema);
            }
            props.put("spring.datasource.url", url + "?currentSchema=" + schema + "&reWriteBatchedInserts=true");
            props.put("spring.datasource.username", "postgres");
            System.out.println("schema " + schema);
        } else {
            Path dir = Files.createTempDirectory("haven-assistance-bench");
            props.put("haven.data-dir", dir.toString());
            props.put("spring.datasource.url", "jdbc:sqlite:" + dir.resolve("haven.db")
                    + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000&transaction_mode=IMMEDIATE");
            System.out.println("file " + dir.resolve("haven.db"));
        }
        String[] arguments = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext ctx = new SpringApplication(HavenApplication.class).run(arguments)) {
            DataSource ds = ctx.getBean(DataSource.class);
            long t0 = System.nanoTime();
            load(ds, persons);
            System.out.printf("loaded %,d persons in %.1f s%n", persons, (System.nanoTime() - t0) / 1e9);
            if (db.equals("postgres")) {
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(true);
                    c.createStatement().execute("VACUUM ANALYZE");
                }
            }
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            System.out.printf("identities: %,d%n", jdbc.sql("SELECT COUNT(DISTINCT identity_id) FROM assistance_person")
                    .query(Long.class).single());
            as("officer-a");
            Programme p = ctx.getBean(Programmes.class).create(new ProgrammeRequest("One-off 100,000 AMD", "Government", "PERSON",
                    new ProgrammeRequest.AmountRequest(100000L, "AMD", null, null), new ProgrammeRequest.RecurrenceRequest("ONCE", null),
                    null, null, List.of("!placement.state", "!('exclusion_2023' in person.lists)", "person.registeredOn <= '2023-10-31'")));
            Cycles cycles = ctx.getBean(Cycles.class);
            PaymentLists lists = ctx.getBean(PaymentLists.class);
            for (int run = 1; run <= 3; run++) {
                t0 = System.nanoTime();
                Cycle c = cycles.draft(p.id(), LocalDate.parse("2023-10-15"));
                double draft = (System.nanoTime() - t0) / 1e9;
                as("officer-b");
                cycles.approve(p.id(), c.id());
                t0 = System.nanoTime();
                PaymentLists.Export csv = lists.export(p.id(), c.id(), PaymentLists.Format.CSV);
                double csvS = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                PaymentLists.Export xlsx = lists.export(p.id(), c.id(), PaymentLists.Format.XLSX);
                double xlsxS = (System.nanoTime() - t0) / 1e9;
                System.out.printf("run %d: cycle %d of %,d lines (%,d payable, %,d AMD) drafted in %.2f s; CSV (%,d bytes) %.2f s;"
                                + " XLSX (%,d bytes) %.2f s; cycle + CSV %.2f s%n", run, c.number(), c.lines(), c.payable(), c.amount(),
                        draft, csv.bytes().length, csvS, xlsx.bytes().length, xlsxS, draft + csvS);
                String file = resultFile(csv.bytes());
                t0 = System.nanoTime();
                Reconciliations.Report r = ctx.getBean(Reconciliations.class).importFile(p.id(), c.id(), file.getBytes(StandardCharsets.UTF_8));
                System.out.printf("run %d: reconciled %,d result lines in %.2f s (%s)%n", run, r.imported(),
                        (System.nanoTime() - t0) / 1e9, r.byStatus());
                as("officer-a");
            }
        }
    }

    static void as(String user) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, "x", "ROLE_ASSISTANCE"));
    }

    /** A bank result for every line of the exported list: 2 % failed, the rest paid, with amounts. */
    static String resultFile(byte[] csv) {
        String[] rows = new String(csv, StandardCharsets.UTF_8).split("\r\n");
        StringBuilder sb = new StringBuilder("line_id,status,reference,reason,amount\n");
        Random rnd = new Random(7);
        for (int i = 1; i < rows.length - 1; i++) {
            String[] f = rows[i].split(",", -1);
            boolean failed = rnd.nextInt(50) == 0;
            sb.append(f[0]).append(failed ? ",FAILED,," + "card blocked" : ",PAID,TX" + i + ",").append(',').append(f[6]).append('\n');
        }
        return sb.toString();
    }

    static void load(DataSource ds, int persons) throws Exception {
        Random rnd = new Random(42);
        Instant start = Instant.parse("2023-09-24T00:00:00Z");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<String> sites = new ArrayList<>();
            List<Object[]> ss = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = Ids.newId();
                sites.add(id);
                String ts = Timestamps.now();
                ss.add(new Object[] {id, "Site " + i, i % 2 == 0 ? "DORMITORY" : "HOST_FAMILY", "SYUNIK", 5000, true, false,
                        false, false, false, false, "NONE", "OPEN", ts, ts, 1, 0});
            }
            insert(c, "site (id, name, type, region, capacity, accessible, ground_floor_beds, family_rooms, kitchen, heating,"
                    + " medical_point, rule, status, created_at, updated_at, version, bookings)", ss);
            List<Object[]> hh = new ArrayList<>(), pp = new ArrayList<>(), im = new ArrayList<>(), pl = new ArrayList<>(),
                    ex = new ArrayList<>();
            List<String> earlier = new ArrayList<>();
            Map<String, String> identityOf = new HashMap<>();
            int done = 0, number = 1;
            while (done < persons) {
                String ts = Timestamps.format(start.plusSeconds(rnd.nextInt(10 * 86_400)));
                String hid = Ids.newId();
                hh.add(new Object[] {hid, String.format("A%08d", number++), "Goris humanitarian centre", "bench", ts, ts, 1,
                        "Stepanakert", "Stepanakert", rnd.nextInt(100) < 97, true, false});
                if (rnd.nextInt(3) == 0) {
                    pl.add(new Object[] {Ids.newId(), hid, sites.get(rnd.nextInt(sites.size())), 1, "CONFIRMED", ts, ts, "bench", 1});
                }
                int size = Math.min(persons - done, 1 + rnd.nextInt(6));
                for (int m = 0; m < size; m++) {
                    String pid = Ids.newId();
                    int year = 1925 + rnd.nextInt(99);
                    pp.add(new Object[] {pid, hid, m, "Անի", "Հակոբյան", "Ani", "Hakobyan", "ANI", "HAKOBYAN",
                            rnd.nextInt(100) < 52 ? "F" : "M", String.format("%04d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
                            year, false, m == 0 ? "HEAD" : "CHILD", ts, ts, 1});
                    if (rnd.nextInt(50) == 0) ex.add(new Object[] {"exclusion_2023", pid, ts, "bench"});
                    if (!earlier.isEmpty() && rnd.nextInt(100) < 3) {
                        String before = earlier.get(rnd.nextInt(earlier.size()));
                        String identity = identityOf.get(before);
                        if (identity == null) {
                            identity = before;
                            identityOf.put(before, identity);
                            im.add(new Object[] {before, identity, "MACHINE", ts});
                        }
                        identityOf.put(pid, identity);
                        im.add(new Object[] {pid, identity, "MACHINE", ts});
                    }
                    earlier.add(pid);
                    done++;
                }
                if (pp.size() >= 20_000 || done >= persons) {
                    insert(c, "household (id, number, registration_point, registered_by, registered_at, updated_at, version,"
                            + " origin_settlement, origin_region, consent_assistance, consent_tracing, consent_sharing)", hh);
                    insert(c, "person (id, household_id, position, given_name, family_name, given_name_latin,"
                            + " family_name_latin, given_name_key, family_name_key, sex, birth_date, birth_year,"
                            + " birth_date_estimated, relationship, created_at, updated_at, version)", pp);
                    insert(c, "identity_member (person_id, identity_id, source, assigned_at)", im);
                    insert(c, "placement (id, household_id, site_id, persons, status, proposed_at, confirmed_at, updated_by, version)", pl);
                    insert(c, "assistance_list_entry (list_name, person_id, added_at, added_by)", ex);
                    c.commit();
                    for (List<Object[]> l : List.of(hh, pp, im, pl, ex)) l.clear();
                }
            }
            // Records loaded straight into the tables are not waiting to be matched: nothing for the matcher to do.
            c.commit();
        }
    }

    private static void insert(Connection c, String table, List<Object[]> rows) throws Exception {
        if (rows.isEmpty()) return;
        int cols = rows.get(0).length;
        String one = "(" + String.join(",", Collections.nCopies(cols, "?")) + ")";
        for (int from = 0; from < rows.size(); from += 500) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES "
                    + String.join(",", Collections.nCopies(chunk.size(), one)))) {
                int i = 1;
                for (Object[] r : chunk) for (Object v : r) ps.setObject(i++, v);
                ps.executeUpdate();
            }
        }
    }

    private static String arg(List<String> a, String name, String fallback) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? a.get(i + 1) : fallback;
    }
}
