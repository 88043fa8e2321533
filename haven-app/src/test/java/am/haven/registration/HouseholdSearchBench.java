package am.haven.registration;

import am.haven.HavenApplication;
import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
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

/**
 * Times the household list's search (the query behind {@code /households?q=}) on a large
 * population: starts Haven on a fresh SQLite file or PostgreSQL schema, loads households of 1–6
 * persons straight into the registration tables with the demo's surnames and given names in the
 * three scripts (Latin forms, keys and sound keys as registration computes them), then runs each
 * query once ("first") and {@code --runs} times after two warm-ups and prints p50/p95/max and the
 * number of households found. Not run by {@code mvn verify}; the command is in docs/benchmarks.md.
 *
 * <pre>--db sqlite|postgres  --households 120000  --runs 30  (PostgreSQL: HAVEN_TEST_PG_URL)</pre>
 */
public final class HouseholdSearchBench {

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        String db = arg(a, "--db", "sqlite");
        int households = Integer.parseInt(arg(a, "--households", "120000"));
        int runs = Integer.parseInt(arg(a, "--runs", "30"));
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", "0");
        props.put("HAVEN_ADMIN_PASSWORD", "bench-admin-password");
        props.put("logging.level.root", "WARN");
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
            Path dir = Files.createTempDirectory("haven-search-bench");
            props.put("haven.data-dir", dir.toString());
            props.put("spring.datasource.url", "jdbc:sqlite:" + dir.resolve("haven.db")
                    + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000&transaction_mode=IMMEDIATE");
            System.out.println("file " + dir.resolve("haven.db"));
        }
        String[] arguments = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext ctx = new SpringApplication(HavenApplication.class).run(arguments)) {
            DataSource ds = ctx.getBean(DataSource.class);
            long t0 = System.nanoTime();
            int persons = load(ds, households);
            System.out.printf("loaded %,d households, %,d persons in %.1f s%n", households, persons, (System.nanoTime() - t0) / 1e9);
            if (db.equals("postgres")) {
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(true);
                    c.createStatement().execute("VACUUM ANALYZE");
                }
            } else {
                try (Connection c = ds.getConnection()) {
                    c.createStatement().execute("ANALYZE");
                }
            }
            HouseholdRepository repo = ctx.getBean(HouseholdRepository.class);
            for (String q : List.of("Հովհաննիսյան", "Оганесян", "Ованесян", "Hovhannisyan", "Hovannisyan",
                    "Оганесян Арам", "hov", "Петросян Ани", "Zzyzx", "000123")) {
                time(repo, q, runs);
            }
            // The query before cross-script search, for comparison: LIKE prefixes on the Latin keys only.
            var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(ds);
            for (String q : List.of("Оганесян", "Hovhannisyan", "hov")) timeBefore(jdbc, q, runs);
        }
    }

    static void time(HouseholdRepository repo, String q, int runs) {
        HouseholdFilter f = HouseholdFilter.parse(q);
        long first = System.nanoTime();
        HouseholdRepository.Page page = repo.search(f, 0, 25);
        double firstMs = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < 2; i++) repo.search(f, 0, 25);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            repo.search(f, 0, 25);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-16s %,7d found  first %6.1f ms  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d runs)%n",
                q, page.total(), firstMs, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
    }

    static void timeBefore(org.springframework.jdbc.core.simple.JdbcClient jdbc, String q, int runs) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        for (String token : HouseholdFilter.parse(q).nameTokens()) {
            where.append(" AND h.id IN (SELECT household_id FROM person WHERE family_name_key LIKE ? OR given_name_key LIKE ?)");
            params.add(token + "%");
            params.add(token + "%");
        }
        Runnable once = () -> {
            jdbc.sql("SELECT COUNT(*) FROM household h" + where).params(params).query(Long.class).single();
            List<Object> p = new ArrayList<>(params);
            p.add(25);
            jdbc.sql("SELECT h.id FROM household h" + where + " ORDER BY h.registered_at DESC, h.number DESC LIMIT ?").params(p)
                    .query(String.class).list();
        };
        long total = jdbc.sql("SELECT COUNT(*) FROM household h" + where).params(params).query(Long.class).single();
        for (int i = 0; i < 2; i++) once.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            once.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("before: %-16s %,7d found  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d runs)%n",
                q, total, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
    }

    /** Households of 1–6 persons, 500 rows per INSERT, 20,000 households per transaction; returns the persons. */
    static int load(DataSource ds, int households) throws Exception {
        List<String[]> surnames = new ArrayList<>();
        List<String[]> given = new ArrayList<>();
        readNames(surnames, given);
        Random rnd = new Random(42);
        Instant start = Instant.parse("2023-09-24T00:00:00Z");
        int persons = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<Object[]> hh = new ArrayList<>();
            List<Object[]> pp = new ArrayList<>();
            for (int h = 1; h <= households; h++) {
                String ts = Timestamps.format(start.plusSeconds(rnd.nextInt(8 * 86_400)));
                String hid = Ids.newId();
                hh.add(new Object[] {hid, String.format("%06d-%d", h, h % 10), "Goris humanitarian centre", "bench", ts, ts, 1,
                        true, true, false});
                // A household's members share the surname, typed in one script (Armenian 50 %, Cyrillic 35 %, Latin 15 %).
                String[] surname = surnames.get(Math.min(surnames.size() - 1, (int) Math.abs(rnd.nextGaussian() * surnames.size() / 3)));
                int script = rnd.nextInt(100) < 50 ? 0 : rnd.nextInt(100) < 70 ? 1 : 2;
                int size = 1 + rnd.nextInt(6);
                for (int m = 0; m < size; m++) {
                    String family = surname[script];
                    String first = given.get(rnd.nextInt(given.size()))[script];
                    String gl = Names.latin(first);
                    String fl = Names.latin(family);
                    pp.add(new Object[] {Ids.newId(), hid, m, first, family, gl, fl, Names.keyOfLatin(gl), Names.keyOfLatin(fl),
                            Names.sound(gl), Names.sound(fl), rnd.nextBoolean() ? "F" : "M", false,
                            m == 0 ? "HEAD" : "CHILD", ts, ts, 1});
                    persons++;
                }
                if (hh.size() >= 20_000 || h == households) {
                    insert(c, "household (id, number, registration_point, registered_by, registered_at, updated_at, version,"
                            + " consent_assistance, consent_tracing, consent_sharing)", hh);
                    insert(c, "person (id, household_id, position, given_name, family_name, given_name_latin,"
                            + " family_name_latin, given_name_key, family_name_key, given_name_sound, family_name_sound, sex,"
                            + " birth_date_estimated, relationship, created_at, updated_at, version)", pp);
                    c.commit();
                    hh.clear();
                    pp.clear();
                }
            }
        }
        return persons;
    }

    private static void readNames(List<String[]> surnames, List<String[]> given) throws Exception {
        var in = HouseholdSearchBench.class.getResourceAsStream("/am/haven/demo/names.txt");
        String section = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                String[] f = line.split("\\|");
                String[] forms = {f[0].strip(), f[1].strip(), f[2].strip()};
                if (section.equals("[surname]")) surnames.add(forms);
                else if (section.equals("[male]") || section.equals("[female]")) given.add(forms);
            }
        }
    }

    private static void insert(Connection c, String table, List<Object[]> rows) throws Exception {
        if (rows.isEmpty()) return;
        int cols = rows.get(0).length;
        int per = Math.max(1, 500 / Math.max(1, cols / 4));
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

    private static String arg(List<String> a, String name, String fallback) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? a.get(i + 1) : fallback;
    }
}
