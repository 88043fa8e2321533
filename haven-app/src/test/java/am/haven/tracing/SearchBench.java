package am.haven.tracing;

import am.haven.match.normalize.Transliteration;
import am.haven.match.synth.PopulationGenerator;
import am.haven.registration.PersonFacts;
import am.haven.registration.Relationship;
import am.haven.registration.Sex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark of tracing's search index (not run by {@code mvn verify}): a synthetic population from
 * haven-match's generator (with ground truth), index build time and heap, then cross-script
 * queries: for a person registered more than once, one registration's names (in shuffled order,
 * with its birth year half of the time) are the query and any other registration of the same
 * person in the top 10 is a hit. Latency is per query, in the calling thread, after a warm-up.
 *
 * <pre>
 * mvn -B -q -o -pl haven-app -am test-compile
 * mvn -B -q -o -pl haven-app dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx6g -cp haven-app/target/test-classes:haven-app/target/classes:haven-match/target/classes:$(cat /tmp/cp.txt) \
 *      am.haven.tracing.SearchBench --persons 100000 --queries 5000
 * </pre>
 */
public final class SearchBench {

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i], args[i + 1]);
        int n = Integer.parseInt(o.getOrDefault("--persons", "100000"));
        int queries = Integer.parseInt(o.getOrDefault("--queries", "5000"));
        long seed = Long.parseLong(o.getOrDefault("--seed", "7"));
        // Several shares (1.0,0.0) run one after the other on the same index.
        double[] yearShares = Arrays.stream(o.getOrDefault("--year-share", "0.5").split(",")).mapToDouble(Double::parseDouble).toArray();
        // "--context names" (default) asks with names (and the year, per --year-share) only; "--context full"
        // also gives the sex and the origin settlement as the search form asks for them, taken from the
        // querying registration as typed (so missing or misspelt when that registration has them so).
        boolean fullContext = "full".equals(o.getOrDefault("--context", "names"));
        // How often the enquirer also types the patronymic (father's name), when the registration has one.
        double patronymicShare = Double.parseDouble(o.getOrDefault("--patronymic-share", "0.3"));
        // "--identities CLUSTERS.csv" (id,cluster_id, as `haven link --out` writes them for the same
        // population) groups results by identity as GET /api/v1/persons/search does: 30 records
        // fetched, one result per identity, the first 10 identities shown.
        Map<String, String> identityOf = new HashMap<>();
        if (o.containsKey("--identities")) {
            for (String[] c : read(Path.of(o.get("--identities")))) identityOf.put(c[0], c[1]);
        }

        Path dir = Files.createTempDirectory("search-bench");
        Path csv = dir.resolve("people.csv"), truth = dir.resolve("truth.csv");
        if (PopulationGenerator.run(new String[] {"--persons", Integer.toString(n), "--seed", Long.toString(seed),
                "--out", csv.toString(), "--truth", truth.toString()}) != 0) {
            throw new IllegalStateException("generator failed");
        }
        List<String[]> rows = read(csv);
        Map<String, String> entityOf = new HashMap<>();
        for (String[] t : read(truth)) entityOf.put(t[0], t[1]);

        List<PersonFacts> facts = new ArrayList<>(rows.size());
        for (String[] r : rows) facts.add(facts(r));
        long t0 = System.nanoTime();
        SearchIndex index = new SearchIndex();
        facts.forEach(index::add);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use after build (index + the bench's own copy of the records): %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));

        if (o.containsKey("--probe")) {
            for (SearchIndex.Hit h : index.search(NameQuery.parse(o.get("--probe"), null, null, null, null), 10, false)) {
                System.out.println(String.join("|", rows.get(indexOf(h.personId()))) + "  " + h.weight() + " " + h.explanation());
            }
        }
        Map<String, List<Integer>> byEntity = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) byEntity.computeIfAbsent(entityOf.get(rows.get(i)[0]), k -> new ArrayList<>()).add(i);
        List<String> multi = byEntity.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).sorted().toList();
        // How many persons share each (given-name sound key, family-name sound key, birth year): exact namesakes.
        Map<String, java.util.Set<String>> namesakes = new HashMap<>();
        if (o.containsKey("--ambiguity")) {
            for (String[] r : rows) {
                namesakes.computeIfAbsent(signature(r), k -> new java.util.HashSet<>()).add(entityOf.get(r[0]));
            }
        }
        for (double yearShare : yearShares) {
            double ceiling = 0;
            Random random = new Random(seed);
            int warmup = Math.min(500, queries / 5);
            long[] nanos = new long[queries];
            long[] cpu = new long[queries];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            int hits = 0, crossHits = 0, cross = 0, withYear = 0, misses = 0;
            Map<String, Integer> diagnosis = new java.util.TreeMap<>();
            for (int k = -warmup; k < queries; k++) {
                List<Integer> records = byEntity.get(multi.get(random.nextInt(multi.size())));
                int a = records.get(random.nextInt(records.size()));
                String[] r = rows.get(a);
                List<String> words = new ArrayList<>(Arrays.asList(r[1], r[2]));
                if (!r[3].isBlank() && random.nextDouble() < patronymicShare) words.add(r[3]);
                Collections.shuffle(words, random);
                Integer year = random.nextDouble() < yearShare ? yearOf(r[4]) : null;
                Sex sex = fullContext ? facts(r).sex() : null;
                NameQuery q = NameQuery.parse(String.join(" ", words), year, sex == null ? null : sex.name(),
                        fullContext && !r[8].isBlank() ? r[8] : null, null);
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                List<SearchIndex.Hit> found = index.search(q, identityOf.isEmpty() ? 11 : 31, false);
                long took = System.nanoTime() - s;
                long cpuTook = threads.getCurrentThreadCpuTime() - c;
                if (k < 0) continue;
                nanos[k] = took;
                cpu[k] = cpuTook;
                if (year != null) withYear++;
            if (!namesakes.isEmpty()) {
                // A ranker that cannot tell exact namesakes apart finds the person among them by chance at best.
                String sig = year == null ? signature(r).replaceAll("\\|[^|]*$", "|") : signature(r);
                int others = year == null ? namesakesAnyYear(namesakes, sig) : namesakes.get(sig).size() - 1;
                ceiling += Math.min(1.0, 10.0 / (others + 1));
            }
                boolean hit = false, anyCross = false, crossHit = false;
                String queryScript = script(r[2]);
                for (int other : records) {
                    if (other != a && !script(rows.get(other)[2]).equals(queryScript)) anyCross = true;
                }
                int shown = 0;
                if (identityOf.isEmpty()) {
                    for (SearchIndex.Hit h : found) {
                        if (h.personId().equals(r[0])) continue;
                        if (++shown > 10) break;
                        int idx = indexOf(h.personId());
                        if (records.contains(idx)) {
                            hit = true;
                            if (!script(rows.get(idx)[2]).equals(queryScript)) crossHit = true;
                        }
                    }
                } else {
                    // The query's own record is left out before grouping: it stands for the enquirer's words.
                    java.util.Set<String> shownIdentities = new java.util.LinkedHashSet<>();
                    for (SearchIndex.Hit h : found) {
                        if (h.personId().equals(r[0])) continue;
                        shownIdentities.add(identityOf.getOrDefault(h.personId(), h.personId()));
                        if (shownIdentities.size() == 10) break;
                    }
                    for (int other : records) {
                        if (other == a) continue;
                        String id = rows.get(other)[0];
                        if (shownIdentities.contains(identityOf.getOrDefault(id, id))) {
                            hit = true;
                            if (!script(rows.get(other)[2]).equals(queryScript)) crossHit = true;
                        }
                    }
                }
                if (!hit && o.containsKey("--diagnose")) diagnose(index, q, found, r[0], records, a, rows, diagnosis);
                if (hit) hits++;
                else if (o.containsKey("--show-misses") && misses++ < Integer.parseInt(o.get("--show-misses"))) {
                    System.out.println("MISS q=" + String.join(" ", words) + " year=" + year + " targets="
                            + records.stream().filter(x -> x != a).map(x -> String.join("|", Arrays.copyOfRange(rows.get(x), 1, 5))).toList()
                            + " got=" + found.stream().limit(3).map(h -> String.join("|", Arrays.copyOfRange(rows.get(indexOf(h.personId())), 1, 5))).toList());
                }
                if (anyCross) {
                    cross++;
                    if (crossHit) crossHits++;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "persons=%d build=%.1fs%n", n, buildSeconds);
            System.out.printf(Locale.ROOT, "context=%s year-share=%.2f patronymic-share=%.2f ", fullContext ? "full" : "names",
                    yearShare, patronymicShare);
            System.out.printf(Locale.ROOT, "queries=%d (with birth year %d) p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms%n",
                    queries, withYear, nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.95)] / 1e6,
                    nanos[(int) (queries * 0.99)] / 1e6, nanos[queries - 1] / 1e6);
            System.out.printf(Locale.ROOT, "thread CPU time per query (what the query costs without waiting for a core): p50=%.2fms p95=%.2fms p99=%.2fms%n",
                    cpu[queries / 2] / 1e6, cpu[(int) (queries * 0.95)] / 1e6, cpu[(int) (queries * 0.99)] / 1e6);
            if (!diagnosis.isEmpty()) System.out.println("misses by cause: " + diagnosis);
            if (!namesakes.isEmpty()) {
                System.out.printf(Locale.ROOT, "recall@10 ceiling when exact namesakes (same sound keys of given and family name%s) cannot be told apart: %.4f%n",
                        yearShare > 0 ? ", same birth year" : "", ceiling / queries);
            }
            System.out.printf(Locale.ROOT, "recall@10=%.4f  cross-script recall@10=%.4f (%d queries whose person is also registered in another script)%n",
                    hits / (double) queries, crossHits / (double) Math.max(1, cross), cross);
        }
    }

    /**
     * Why a query missed: the best other registration of the person scored at least as well as the
     * 10th result (so candidate retrieval or the quick pre-ranking lost it), or it was outscored,
     * and then by how many results of other persons.
     */
    private static void diagnose(SearchIndex index, NameQuery q, List<SearchIndex.Hit> found, String self,
                                 List<Integer> records, int a, List<String[]> rows, Map<String, Integer> diagnosis) {
        List<SearchIndex.Hit> others = found.stream().filter(h -> !h.personId().equals(self)).limit(10).toList();
        double tenth = others.isEmpty() ? Double.NEGATIVE_INFINITY : others.get(others.size() - 1).weight();
        double best = Double.NEGATIVE_INFINITY;
        SearchIndex.Hit bestHit = null;
        for (int x : records) {
            if (x == a) continue;
            SearchIndex.Hit h = index.score(q, rows.get(x)[0]);
            if (h != null && h.weight() > best) {
                best = h.weight();
                bestHit = h;
            }
        }
        if (best > tenth + 1e-9 && Boolean.getBoolean("bench.showLost")) {
            System.out.println("LOST q=" + q.words().stream().map(NameQuery.Word::text).toList() + " " + q.birthYear()
                    + " target=" + bestHit.explanation() + " tenth=" + tenth);
        }
        String cause;
        if (best > tenth + 1e-9) cause = "lost-before-scoring";
        else if (Math.abs(best - tenth) <= 1e-9) cause = "tied-with-10th";
        else {
            final double b = best;
            long above = others.stream().filter(h -> h.weight() > b + 1e-9).count();
            cause = best < tenth - 6 ? "outscored-by-far" : "outscored-by-<6";
        }
        diagnosis.merge(cause, 1, Integer::sum);
    }

    private static String signature(String[] r) {
        Integer year = yearOf(r[4]);
        return key(r[1]) + "|" + key(r[2]) + "|" + (year == null ? "" : year);
    }

    private static final Map<String, String> KEYS = new HashMap<>();

    private static String key(String name) {
        return KEYS.computeIfAbsent(name, n -> {
            NameQuery q = NameQuery.parse(n, null, null, null, null);
            return q.words().isEmpty() ? "" : String.valueOf(q.words().get(0).key());
        });
    }

    private static final Map<String, Integer> ANY_YEAR = new HashMap<>();

    // Distinct persons with these names whatever their birth year, less the one sought.
    private static int namesakesAnyYear(Map<String, java.util.Set<String>> namesakes, String prefix) {
        if (ANY_YEAR.isEmpty()) {
            Map<String, java.util.Set<String>> byNames = new HashMap<>();
            namesakes.forEach((sig, entities) -> byNames.computeIfAbsent(sig.substring(0, sig.lastIndexOf('|') + 1),
                    k -> new java.util.HashSet<>()).addAll(entities));
            byNames.forEach((k, v) -> ANY_YEAR.put(k, v.size()));
        }
        return ANY_YEAR.getOrDefault(prefix, 1) - 1;
    }

    // Record ids are R0000001…: the row index is the number minus one.
    private static int indexOf(String id) {
        return Integer.parseInt(id.substring(1)) - 1;
    }

    private static String script(String name) {
        Transliteration.Script s = Transliteration.dominantScript(name);
        if (s != Transliteration.Script.LATIN) return s.name();
        return "LATIN";
    }

    private static PersonFacts facts(String[] r) {
        Sex sex = switch (r[5]) {
            case "M", "male", "М", "արական" -> Sex.M;
            case "F", "female", "Ж", "իգական" -> Sex.F;
            default -> null;
        };
        Integer year = yearOf(r[4]);
        return new PersonFacts(r[0], "h" + r[0], "000000-0", r[1], r[2], r[3].isBlank() ? null : r[3], null, null, null,
                sex, year == null ? null : year.toString(), Relationship.HEAD, r[6].isBlank() ? null : r[6], null,
                r[8].isBlank() ? null : r[8], "bench", "2023-09-27T10:00:00.000Z", true, null);
    }

    // The generator writes YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD; registration would store YYYY[-MM[-DD]].
    static Integer yearOf(String d) {
        if (d == null || d.isBlank()) return null;
        if (d.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) return Integer.parseInt(d.substring(6));
        if (d.length() >= 4 && d.substring(0, 4).matches("\\d{4}")) return Integer.parseInt(d.substring(0, 4));
        return null;
    }

    /** A small CSV reader for the generator's output (quotes only around fields that need them). */
    static List<String[]> read(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            List<String> fields = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            boolean quoted = false;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (quoted) {
                    if (ch == '"' && c + 1 < line.length() && line.charAt(c + 1) == '"') { b.append('"'); c++; }
                    else if (ch == '"') quoted = false;
                    else b.append(ch);
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    fields.add(b.toString());
                    b.setLength(0);
                } else {
                    b.append(ch);
                }
            }
            fields.add(b.toString());
            out.add(fields.toArray(new String[0]));
        }
        return out;
    }
}
