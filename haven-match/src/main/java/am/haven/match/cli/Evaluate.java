package am.haven.match.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code haven link evaluate}: pairwise precision, recall and F1 of clusters against a truth file. */
final class Evaluate {
    private Evaluate() {}

    /** Pairwise counts: pairs predicted together, truly together, and both. */
    record Scores(long predicted, long truth, long correct, int records) {
        double precision() { return predicted == 0 ? 1 : (double) correct / predicted; }
        double recall() { return truth == 0 ? 1 : (double) correct / truth; }
        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, List<String>> opts;
        try {
            opts = Options.parse(args, List.of("--clusters", "--truth"), List.of());
            Options.require(opts, "--clusters", "--truth");
        } catch (Options.UsageException e) {
            err.println("haven link evaluate: " + e.getMessage());
            err.print(LinkCommand.USAGE);
            return 2;
        }
        try {
            Map<String, String> clusters = twoColumns(Path.of(Options.one(opts, "--clusters")), "id", "cluster_id");
            Map<String, String> truth = twoColumns(Path.of(Options.one(opts, "--truth")), "id", "entity_id");
            print(clusters, truth, out);
            return 0;
        } catch (InputException e) {
            err.println("haven link evaluate: error: " + e.getMessage());
            return 1;
        }
    }

    /** Prints pairwise precision, recall and F1 of {@code clusters} against {@code truth}. */
    static void print(Map<String, String> clusters, Map<String, String> truth, PrintStream out) {
        Scores s = score(clusters, truth);
        int onlyClusters = (int) clusters.keySet().stream().filter(k -> !truth.containsKey(k)).count();
        int onlyTruth = (int) truth.keySet().stream().filter(k -> !clusters.containsKey(k)).count();
        out.printf(Locale.ROOT, "records %d (in both files; %d only in clusters, %d only in truth)%n",
                s.records(), onlyClusters, onlyTruth);
        out.printf(Locale.ROOT, "true pairs %d, predicted pairs %d, correct pairs %d%n", s.truth(), s.predicted(), s.correct());
        out.printf(Locale.ROOT, "precision %.4f%nrecall %.4f%nf1 %.4f%n", s.precision(), s.recall(), s.f1());
    }

    /** Pairwise scores over the ids present in both maps. */
    static Scores score(Map<String, String> clusters, Map<String, String> truth) {
        Map<String, Long> byCluster = new HashMap<>(), byEntity = new HashMap<>(), byBoth = new HashMap<>();
        int n = 0;
        for (var e : clusters.entrySet()) {
            String entity = truth.get(e.getKey());
            if (entity == null) continue;
            n++;
            byCluster.merge(e.getValue(), 1L, Long::sum);
            byEntity.merge(entity, 1L, Long::sum);
            byBoth.merge(e.getValue().length() + ":" + e.getValue() + "\u0000" + entity, 1L, Long::sum);
        }
        return new Scores(pairs(byCluster), pairs(byEntity), pairs(byBoth), n);
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
    }

    static Map<String, String> twoColumns(Path file, String key, String value) {
        Csv.Table t = Csv.read(file);
        int k = t.column(key), v = t.column(value);
        if (k < 0 || v < 0) throw new InputException(file + ":1: expected columns '" + key + "' and '" + value
                + "', header has " + t.header());
        Map<String, String> out = new HashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            String[] row = t.rows().get(r);
            if (row[k].isEmpty() || row[v].isEmpty()) throw new InputException(file + ":" + t.lines().get(r)
                    + ": column '" + (row[k].isEmpty() ? key : value) + "' is empty");
            if (out.put(row[k], row[v]) != null) throw new InputException(file + ":" + t.lines().get(r)
                    + ": id '" + row[k] + "' appears twice");
        }
        return out;
    }
}
