package am.haven.tracing;

import am.haven.HavenApplication;
import am.haven.match.normalize.Sexes;
import am.haven.match.normalize.Transliteration;
import am.haven.match.synth.PopulationGenerator;
import am.haven.security.UserService;
import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP latency of {@code GET /api/v1/persons/search} on a large population (not run by
 * {@code mvn verify}). Generates a population with haven-match's generator (ground truth included),
 * creates a Haven database (fresh SQLite file or PostgreSQL schema), bulk-loads every record as a
 * registered person straight into the registration tables (the API would take hours for a million),
 * then starts Haven on it as an operator would: it prints the start-up time and how long the
 * search index took to fill, then times {@code --queries} searches over HTTP (names in shuffled
 * order with the birth year, as {@link SearchBench} makes them; one request at a time, after a
 * warm-up) and prints wall p50/p95/p99 and recall@10 as the API answers it (the index, the identity
 * lookup and the audit insert included). The records the queries are made from are held out of the
 * database (they stand for what an enquirer knows); a query is a hit when one of the 10 results is
 * another registration of the sought person or an identity holding one. {@code --context full} adds
 * sex and origin settlement to the queries (and registers everyone in a household of one, so each
 * person keeps the origin of its record); {@code --patronymic-share} as in {@link SearchBench};
 * {@code --identities CLUSTERS.csv} (from {@code haven link} on the same population) fills
 * {@code identity_member}, so results come grouped by identity as after a relink.
 *
 * <pre>
 * java -Xmx8g -cp (as for SearchBench) am.haven.tracing.SearchHttpBench --db sqlite|postgres --persons 1000000 --queries 1000
 *     [--context full] [--patronymic-share 1.0] [--identities p1m7.clusters.csv]
 * </pre>
 * PostgreSQL: {@code HAVEN_TEST_PG_URL} (user postgres, trust auth).
 */
public final class SearchHttpBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i], args[i + 1]);
        String db = o.getOrDefault("--db", "sqlite");
        int n = Integer.parseInt(o.getOrDefault("--persons", "100000"));
        int queries = Integer.parseInt(o.getOrDefault("--queries", "1000"));
        long seed = Long.parseLong(o.getOrDefault("--seed", "7"));
        double yearShare = Double.parseDouble(o.getOrDefault("--year-share", "1.0"));
        double patronymicShare = Double.parseDouble(o.getOrDefault("--patronymic-share", "0.3"));
        boolean fullContext = "full".equals(o.getOrDefault("--context", "names"));

        Path dir = Files.createTempDirectory("search-http-bench");
        Path csv = dir.resolve("people.csv"), truth = dir.resolve("truth.csv");
        if (PopulationGenerator.run(new String[] {"--persons", Integer.toString(n), "--seed", Long.toString(seed),
                "--out", csv.toString(), "--truth", truth.toString()}) != 0) {
            throw new IllegalStateException("generator failed");
        }
        List<String[]> rows = SearchBench.read(csv);
        Map<String, String> entityOf = new HashMap<>();
        for (String[] t : SearchBench.read(truth)) entityOf.put(t[0], t[1]);
        Map<String, String> clusterOf = new HashMap<>();
        if (o.containsKey("--identities")) {
            for (String[] c : SearchBench.read(Path.of(o.get("--identities")))) clusterOf.put(c[0], c[1]);
        }
        List<Query> planned = plan(rows, entityOf, queries + Math.min(100, queries / 5), seed, yearShare, patronymicShare,
                fullContext);
        // The records the queries are made from stand for the enquirers' words: they are not loaded.
        boolean[] heldOut = new boolean[rows.size()];
        for (Query q : planned) heldOut[q.row()] = true;

        String[] arguments = arguments(db, dir);
        String[] personIds = new String[rows.size()];
        // First start: Flyway creates the schema; then the registrations go in behind Haven's back.
        try (ConfigurableApplicationContext ctx = new SpringApplication(HavenApplication.class).run(arguments)) {
            long t0 = System.nanoTime();
            load(ctx.getBean(DataSource.class), rows, heldOut, personIds, fullContext ? 1 : 5, clusterOf, entityOf);
            System.out.printf(Locale.ROOT, "loaded %,d persons (%,d held out as queries, %s) in %.1f s%n",
                    rows.size() - planned.size(), planned.size(),
                    clusterOf.isEmpty() ? "no identities" : "identities from " + o.get("--identities"), (System.nanoTime() - t0) / 1e9);
            if (db.equals("postgres")) {
                try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
                    c.createStatement().execute("ANALYZE");
                }
            }
        }
        // What a result must be to count: a loaded registration of the sought person, or (once
        // identities are known) an identity holding one.
        Map<String, String> wantedBy = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (heldOut[i]) continue;
            String entity = entityOf.get(rows.get(i)[0]);
            wantedBy.put(personIds[i], entity);
            String cluster = clusterOf.get(rows.get(i)[0]);
            if (cluster != null) wantedBy.merge("identity:" + cluster, entity, (x, y) -> x + "|" + y);
        }

        long s0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplication(HavenApplication.class).run(arguments)) {
            double startSeconds = (System.nanoTime() - s0) / 1e9;
            TracingWorker worker = ctx.getBean(TracingWorker.class);
            while (!worker.loaded()) Thread.sleep(200);
            System.out.printf(Locale.ROOT, "start-up %.1f s (serving), search index filled after %.1f s%n", startSeconds,
                    (System.nanoTime() - s0) / 1e9);
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            String token = ctx.getBean(UserService.class).createToken("admin", "bench");
            run(port, token, planned, wantedBy, queries, n, fullContext, yearShare, patronymicShare);
        }
    }

    /** A search as an enquirer would make it from what they know of the sought person (record {@code row}). */
    record Query(int row, String entity, String q, Integer year, String sex, String origin) {}

    /**
     * Queries as {@link SearchBench} makes them: for a person registered more than once, one
     * registration's given and family name (and patronymic, per {@code patronymicShare}) in
     * shuffled order, its birth year (per {@code yearShare}) and, with {@code fullContext}, its
     * sex and origin settlement.
     */
    static List<Query> plan(List<String[]> rows, Map<String, String> entityOf, int count, long seed, double yearShare,
                            double patronymicShare, boolean fullContext) {
        Map<String, List<Integer>> byEntity = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) byEntity.computeIfAbsent(entityOf.get(rows.get(i)[0]), k -> new ArrayList<>()).add(i);
        List<String> multi = byEntity.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).sorted().toList();
        Random random = new Random(seed);
        List<Query> out = new ArrayList<>();
        java.util.Set<String> asked = new java.util.HashSet<>();
        while (out.size() < count) {
            String entity = multi.get(random.nextInt(multi.size()));
            List<Integer> records = byEntity.get(entity);
            int a = records.get(random.nextInt(records.size()));
            String[] r = rows.get(a);
            List<String> words = new ArrayList<>(Arrays.asList(r[1], r[2]));
            if (!r[3].isBlank() && random.nextDouble() < patronymicShare) words.add(r[3]);
            Collections.shuffle(words, random);
            Integer year = random.nextDouble() < yearShare ? SearchBench.yearOf(r[4]) : null;
            // One query per person, so a held-out record never leaves the sought person unregistered.
            if (!asked.add(entity)) continue;
            String sex = fullContext ? sexOrNull(r[5]) : null;
            String origin = fullContext && !r[8].isBlank() ? r[8] : null;
            out.add(new Query(a, entity, String.join(" ", words), year, sex, origin));
        }
        return out;
    }

    private static String[] arguments(String db, Path dir) throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", "0");
        props.put("HAVEN_ADMIN_PASSWORD", "bench-admin-password");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.am.haven.tracing", "INFO");
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
            props.put("haven.data-dir", dir.toString());
            props.put("spring.datasource.url", "jdbc:sqlite:" + dir.resolve("haven.db")
                    + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000&transaction_mode=IMMEDIATE");
            System.out.println("file " + dir.resolve("haven.db"));
        }
        // As command-line arguments, because application.properties outranks default properties.
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private static void run(int port, String token, List<Query> planned, Map<String, String> wantedBy, int queries, int n,
                            boolean fullContext, double yearShare, double patronymicShare) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int warmup = planned.size() - queries, hits = 0;
        double[] ms = new double[queries];
        for (int k = -warmup; k < queries; k++) {
            Query query = planned.get(k + warmup);
            String path = "/api/v1/persons/search?limit=10&q=" + URLEncoder.encode(query.q(), StandardCharsets.UTF_8)
                    + (query.year() == null ? "" : "&birthYear=" + query.year())
                    + (query.sex() == null ? "" : "&sex=" + query.sex())
                    + (query.origin() == null ? "" : "&origin=" + URLEncoder.encode(query.origin(), StandardCharsets.UTF_8));
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).build();
            long t = System.nanoTime();
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            double took = (System.nanoTime() - t) / 1e6;
            if (resp.statusCode() != 200) throw new IllegalStateException(path + " answered " + resp.statusCode() + ": " + resp.body());
            if (k < 0) continue;
            ms[k] = took;
            for (JsonNode x : JSON.readTree(resp.body()).get("results")) {
                String identity = x.get("identityId").asString();
                String byPerson = wantedBy.get(x.get("personId").asString());
                String byIdentity = wantedBy.get("identity:" + identity);
                if (query.entity().equals(byPerson) || (byIdentity != null
                        && Arrays.asList(byIdentity.split("\\|")).contains(query.entity()))) {
                    hits++;
                    break;
                }
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "persons=%d queries=%d context=%s year-share=%.2f patronymic-share=%.2f wall p50=%.1fms"
                        + " p95=%.1fms p99=%.1fms max=%.1fms recall@10=%.4f%n",
                n, queries, fullContext ? "full" : "names", yearShare, patronymicShare, ms[queries / 2],
                ms[(int) (queries * 0.95)], ms[(int) (queries * 0.99)], ms[queries - 1], hits / (double) queries);
    }

    /**
     * Every generated record not held out as one registered person, in households of one to
     * {@code maxHousehold} consecutive records (origin: the first one's birth place); with
     * {@code clusterOf}, each person's identity as {@code haven link} resolved it.
     */
    static void load(DataSource ds, List<String[]> rows, boolean[] heldOut, String[] personIds, int maxHousehold,
                     Map<String, String> clusterOf, Map<String, String> entityOf) throws Exception {
        Random rnd = new Random(42);
        // Registration requires a sex, which the generator leaves blank in one record of twenty: a clerk
        // would have recorded the person's sex, as another registration of theirs gives it.
        Map<String, String> sexOfEntity = new HashMap<>();
        for (String[] r : rows) {
            String known = sexOrNull(r[5]);
            if (known != null) sexOfEntity.putIfAbsent(entityOf.get(r[0]), known);
        }
        Map<String, String> latin = new HashMap<>();
        String ts = Timestamps.format(Instant.parse("2023-09-27T10:00:00Z"));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<Object[]> hh = new ArrayList<>(), pp = new ArrayList<>(), ii = new ArrayList<>();
            int number = 1;
            for (int i = 0; i < rows.size(); ) {
                if (heldOut[i]) {
                    i++;
                    continue;
                }
                String hid = Ids.newId();
                String origin = rows.get(i)[8].isBlank() ? null : rows.get(i)[8];
                hh.add(new Object[] {hid, String.format("S%08d", number++), "Goris humanitarian centre", "bench", ts, ts, 1,
                        origin, null, true, true, false});
                int size = Math.min(rows.size() - i, 1 + rnd.nextInt(maxHousehold));
                for (int m = 0; m < size && i < rows.size(); m++, i++) {
                    if (heldOut[i]) {
                        m--;
                        continue;
                    }
                    String[] r = rows.get(i);
                    String pid = Ids.newId();
                    personIds[i] = pid;
                    String cluster = clusterOf.get(r[0]);
                    if (cluster != null) ii.add(new Object[] {pid, cluster, "RELINK", ts});
                    String given = latin.computeIfAbsent(r[1], SearchHttpBench::latin);
                    String family = latin.computeIfAbsent(r[2], SearchHttpBench::latin);
                    String patronymic = r[3].isBlank() ? null : r[3];
                    String birth = birthDate(r[4]);
                    pp.add(new Object[] {pid, hid, m, r[1], r[2], patronymic, given, family,
                            patronymic == null ? null : latin.computeIfAbsent(patronymic, SearchHttpBench::latin),
                            key(given), key(family), sex(r[5], sexOfEntity.get(entityOf.get(r[0]))), birth, birth == null ? null : Integer.parseInt(birth.substring(0, 4)),
                            false, m == 0 ? "HEAD" : "OTHER", ts, ts, 1});
                }
                if (pp.size() >= 50_000) flush(c, hh, pp, ii);
            }
            flush(c, hh, pp, ii);
        }
    }

    private static void flush(Connection c, List<Object[]> households, List<Object[]> persons, List<Object[]> identities)
            throws Exception {
        insert(c, "household (id, number, registration_point, registered_by, registered_at, updated_at, version,"
                + " origin_settlement, origin_region, consent_assistance, consent_tracing, consent_sharing)", households);
        insert(c, "person (id, household_id, position, given_name, family_name, patronymic, given_name_latin,"
                + " family_name_latin, patronymic_latin, given_name_key, family_name_key, sex, birth_date, birth_year,"
                + " birth_date_estimated, relationship, created_at, updated_at, version)", persons);
        insert(c, "identity_member (person_id, identity_id, source, assigned_at)", identities);
        c.commit();
        households.clear();
        persons.clear();
        identities.clear();
    }

    private static String latin(String name) {
        return Transliteration.toLatin(name).trim();
    }

    private static String key(String latin) {
        return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").trim();
    }

    // Unknown sex in the generator's output and in every other registration of the person: alternate.
    private static int unknownSex;

    private static String sexOrNull(String s) {
        String code = Sexes.code(s);
        return "m".equals(code) ? "M" : "f".equals(code) ? "F" : null;
    }

    private static String sex(String s, String ofPerson) {
        String known = sexOrNull(s);
        if (known != null) return known;
        if (ofPerson != null) return ofPerson;
        return unknownSex++ % 2 == 0 ? "F" : "M";
    }

    // The generator writes YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD; registration stores YYYY[-MM[-DD]].
    static String birthDate(String d) {
        if (d == null || d.isBlank()) return null;
        if (d.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) return d.substring(6) + "-" + d.substring(3, 5) + "-" + d.substring(0, 2);
        if (d.matches("\\d{8}")) return d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6);
        if (d.matches("\\d{4}(-\\d{2}){0,2}")) return d;
        return null;
    }

    private static void insert(Connection c, String table, List<Object[]> rows) throws Exception {
        if (rows.isEmpty()) return;
        int cols = rows.get(0).length;
        int per = Math.max(1, 500 / Math.max(1, cols / 4));
        String one = "(" + String.join(",", Collections.nCopies(cols, "?")) + ")";
        for (int from = 0; from < rows.size(); from += per) {
            int k = Math.min(per, rows.size() - from);
            String sql = "INSERT INTO " + table + " VALUES " + String.join(",", Collections.nCopies(k, one));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (int r = from; r < from + k; r++) for (Object v : rows.get(r)) ps.setObject(i++, v);
                ps.executeUpdate();
            }
        }
    }
}
