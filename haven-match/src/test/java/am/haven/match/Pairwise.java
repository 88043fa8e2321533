package am.haven.match;

import java.util.HashMap;
import java.util.Map;

/** Pairwise F1 of clusters against truth, for tests. */
final class Pairwise {
    private Pairwise() {}

    static double f1(Map<String, String> clusters, Map<String, String> truth) {
        Map<String, Long> c = new HashMap<>(), t = new HashMap<>(), both = new HashMap<>();
        clusters.forEach((id, cl) -> {
            c.merge(cl, 1L, Long::sum);
            t.merge(truth.get(id), 1L, Long::sum);
            both.merge(cl + "\u0000" + truth.get(id), 1L, Long::sum);
        });
        double predicted = pairs(c), actual = pairs(t), correct = pairs(both);
        double p = predicted == 0 ? 1 : correct / predicted, r = actual == 0 ? 1 : correct / actual;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
    }
}
