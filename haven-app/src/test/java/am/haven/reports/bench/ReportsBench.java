package am.haven.reports.bench;

import am.haven.HavenApplication;
import am.haven.reports.ReportCounts;
import am.haven.security.UserService;
import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the reports endpoints on a large population. Starts Haven on a fresh SQLite file or
 * PostgreSQL schema, bulk-loads households and persons straight into the registration tables
 * (multi-row INSERTs in big transactions: the API would take hours for a million). That bypasses
 * the registration events, so the report counts are then filled exactly as an upgraded database
 * gets them: the backfill migration's script plus the day-count rebuild
 * ({@link ReportCounts#refillFromRecords()}), timed. Then calls each endpoint once ("first") and
 * {@code --runs} times after two warm-ups and prints first/p50/p95/max, and the whole JVM's CPU
 * time per request (a figure contention does not inflate much). Not run by {@code mvn verify};
 * the command is in docs/benchmarks.md.
 *
 * <pre>--db sqlite|postgres  --persons 1000000  --runs 30  (PostgreSQL: HAVEN_TEST_PG_URL)</pre>
 */
public final class ReportsBench {

    static final String[] POINTS = new String[60];
    static final String[] REGIONS = {"Stepanakert", "Askeran", "Martakert", "Martuni", "Hadrut", "Shushi", "Kashatagh"};
    static final String[] NEEDS = {"MOBILITY", "DISABILITY", "SERIOUS_MEDICAL", "OLDER_AT_RISK", "PREGNANT_LACTATING",
            "UNACCOMPANIED_CHILD", "SINGLE_CAREGIVER"};
    /** Share of the week's arrivals per day, 24 Sep to 1 Oct 2023, peaking on the 27th as in 2023. */
    static final double[] DAY_SHARE = {0.02, 0.05, 0.15, 0.35, 0.22, 0.12, 0.06, 0.03};

    static {
        for (int i = 0; i < POINTS.length; i++) POINTS[i] = i == 0 ? "Goris humanitarian centre" : "Community centre " + i;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        String db = arg(a, "--db", "sqlite");
        int persons = Integer.parseInt(arg(a, "--persons", "1000000"));
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
            Path dir = Files.createTempDirectory("haven-reports-bench");
            props.put("haven.data-dir", dir.toString());
            props.put("spring.datasource.url", "jdbc:sqlite:" + dir.resolve("haven.db")
                    + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000&transaction_mode=IMMEDIATE");
            System.out.println("file " + dir.resolve("haven.db"));
        }
        SpringApplication app = new SpringApplication(HavenApplication.class);
        // As command-line arguments, because application.properties outranks default properties.
        String[] arguments = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext ctx = app.run(arguments)) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            long t0 = System.nanoTime();
            int loaded = load(ctx.getBean(DataSource.class), persons, db.equals("postgres"));
            System.out.printf("loaded %,d persons in %.1f s%n", loaded, (System.nanoTime() - t0) / 1e9);
            if (db.equals("postgres")) {
                try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
                    c.createStatement().execute("ANALYZE");
                }
            }
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            ctx.getBean(ReportCounts.class).refillFromRecords();
            System.out.printf("report facts and counts filled (backfill script + rebuild) in %.1f s, %.1f s CPU on this thread%n",
                    (System.nanoTime() - t0) / 1e9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            if (db.equals("postgres")) {
                // What autovacuum does soon after a bulk load; index-only scans need the visibility map.
                try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
                    c.setAutoCommit(true);
                    c.createStatement().execute("VACUUM ANALYZE");
                }
            }
            String token = ctx.getBean(UserService.class).createToken("admin", "bench");
            String point = java.net.URLEncoder.encode(POINTS[3], java.nio.charset.StandardCharsets.UTF_8);
            for (String path : List.of("/api/v1/reports/summary", "/api/v1/reports/dashboard",
                    "/api/v1/reports/summary?from=2023-09-27&to=2023-09-27",
                    "/api/v1/reports/summary?from=2023-09-26&to=2023-09-28&region=Martuni&point=" + point,
                    "/api/v1/reports/sex-age.csv")) {
                time(port, token, path, runs);
            }
        }
    }

    /** Loads about {@code persons} persons in households of 1–6, 500 rows per INSERT, 50,000 persons per transaction. */
    static int load(DataSource ds, int persons, boolean postgres) throws Exception {
        Random rnd = new Random(42);
        int done = 0;
        Instant start = Instant.parse("2023-09-24T00:00:00Z");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<Object[]> hh = new ArrayList<>();
            List<Object[]> pp = new ArrayList<>();
            List<Object[]> nn = new ArrayList<>();
            List<Object[]> im = new ArrayList<>();
            List<String> earlier = new ArrayList<>();
            Map<String, String> identityOf = new HashMap<>();
            int number = 1;
            while (done < persons) {
                int day = pick(rnd);
                Instant at = start.plusSeconds(day * 86_400L + rnd.nextInt(86_400));
                String ts = Timestamps.format(at);
                String hid = Ids.newId();
                String region = REGIONS[rnd.nextInt(REGIONS.length)];
                hh.add(new Object[] {hid, String.format("B%08d", number++), POINTS[Math.min(POINTS.length - 1, (int) Math.abs(rnd.nextGaussian() * 15))],
                        "bench", ts, ts, 1, region + " village " + rnd.nextInt(15), region, true, true, false});
                int size = Math.min(persons - done, 1 + rnd.nextInt(6));
                for (int m = 0; m < size; m++) {
                    String pid = Ids.newId();
                    int year = 1925 + rnd.nextInt(99);
                    String birth = switch (rnd.nextInt(4)) {
                        case 0 -> String.format("%04d", year);
                        case 1 -> String.format("%04d-%02d", year, 1 + rnd.nextInt(12));
                        case 2 -> null;
                        default -> String.format("%04d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    };
                    pp.add(new Object[] {pid, hid, m, "Անի", "Հակոբյան", "Ani", "Hakobyan", "ANI", "HAKOBYAN",
                            rnd.nextInt(100) < 52 ? "F" : "M", birth, birth == null ? null : year, false,
                            m == 0 ? "HEAD" : "CHILD", ts, ts, 1});
                    if (rnd.nextInt(20) == 0) nn.add(new Object[] {pid, NEEDS[rnd.nextInt(NEEDS.length)]});
                    // 3 % are a person registered before (as de-duplication would have linked them).
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
                if (pp.size() >= 50_000 || done >= persons) {
                    insert(c, "household (id, number, registration_point, registered_by, registered_at, updated_at, version,"
                            + " origin_settlement, origin_region, consent_assistance, consent_tracing, consent_sharing)", hh);
                    insert(c, "person (id, household_id, position, given_name, family_name, given_name_latin,"
                            + " family_name_latin, given_name_key, family_name_key, sex, birth_date, birth_year,"
                            + " birth_date_estimated, relationship, created_at, updated_at, version)", pp);
                    insert(c, "person_need (person_id, code)", nn);
                    insert(c, "identity_member (person_id, identity_id, source, assigned_at)", im);
                    c.commit();
                    hh.clear();
                    pp.clear();
                    nn.clear();
                    im.clear();
                    System.out.printf("  %,d%n", done);
                }
            }
        }
        return done;
    }

    private static int pick(Random rnd) {
        double x = rnd.nextDouble();
        for (int d = 0; d < DAY_SHARE.length; d++) {
            x -= DAY_SHARE[d];
            if (x < 0) return d;
        }
        return DAY_SHARE.length - 1;
    }

    private static void insert(Connection c, String table, List<Object[]> rows) throws Exception {
        if (rows.isEmpty()) return;
        int cols = rows.get(0).length;
        int per = Math.max(1, 500 / Math.max(1, cols / 4));
        String one = "(" + String.join(",", java.util.Collections.nCopies(cols, "?")) + ")";
        for (int from = 0; from < rows.size(); from += per) {
            int n = Math.min(per, rows.size() - from);
            String sql = "INSERT INTO " + table + " VALUES " + String.join(",", java.util.Collections.nCopies(n, one));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (int r = from; r < from + n; r++) for (Object v : rows.get(r)) ps.setObject(i++, v);
                ps.executeUpdate();
            }
        }
    }

    static void time(int port, String token, String path, int runs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build();
        long first = System.nanoTime();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        double firstMs = (System.nanoTime() - first) / 1e6;
        if (r.statusCode() != 200) throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        for (int i = 0; i < 2; i++) http.send(req, HttpResponse.BodyHandlers.discarding());
        double[] ms = new double[runs];
        long cpu0 = processCpuNanos();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            http.send(req, HttpResponse.BodyHandlers.discarding());
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        long cpuNanos = processCpuNanos() - cpu0;
        Arrays.sort(ms);
        System.out.printf("%-60s first %7.0f ms  p50 %7.0f ms  p95 %7.0f ms  max %7.0f ms  JVM CPU %5.1f ms/request  (%d runs)%n",
                path, firstMs, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], cpuNanos / 1e6 / runs, runs);
    }

    /** CPU time of this whole JVM (server threads, the client and anything else running in it). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String arg(List<String> a, String name, String dflt) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? a.get(i + 1) : dflt;
    }
}
