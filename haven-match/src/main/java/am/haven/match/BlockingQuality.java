package am.haven.match;

import java.util.HashMap;
import java.util.Map;

/**
 * How well blocking did against known truth: of the record pairs that truly belong to one entity, how
 * many blocking proposed for comparison (pair completeness), and how much of the all-pairs work it
 * saved (reduction ratio). Blocking alone bounds recall: a true pair never proposed is never linked.
 *
 * @param records           records linked
 * @param allPairs          every possible pair, n(n-1)/2
 * @param candidatePairs    pairs blocking proposed and compared
 * @param truePairs         pairs of records (both in the truth) sharing an entity
 * @param truePairsProposed true pairs among the candidate pairs
 */
public record BlockingQuality(long records, long allPairs, long candidatePairs, long truePairs,
                              long truePairsProposed) {

    /** Share of true pairs that blocking proposed; 1 when there are none to find. */
    public double pairCompleteness() {
        return truePairs == 0 ? 1 : (double) truePairsProposed / truePairs;
    }

    /** Share of all pairs that blocking spared from comparison. */
    public double reductionRatio() {
        return allPairs == 0 ? 0 : 1 - (double) candidatePairs / allPairs;
    }

    /** Share of candidate pairs that are true pairs. */
    public double pairsQuality() {
        return candidatePairs == 0 ? 0 : (double) truePairsProposed / candidatePairs;
    }

    /**
     * Counts over candidate pairs given as record positions; {@code entityOf} maps a record id to its
     * true entity and leaves records without truth out of the true pairs.
     */
    static BlockingQuality measure(String[] ids, Map<String, String> entityOf, int[] left, int[] right, int pairs) {
        int n = ids.length;
        int[] entity = new int[n];
        Map<String, Integer> numbers = new HashMap<>();
        Map<Integer, Long> sizes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String e = entityOf.get(ids[i]);
            entity[i] = e == null ? -1 : numbers.computeIfAbsent(e, k -> numbers.size());
            if (entity[i] >= 0) sizes.merge(entity[i], 1L, Long::sum);
        }
        long truePairs = sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
        long proposed = 0;
        for (int k = 0; k < pairs; k++) {
            int a = entity[left[k]];
            if (a >= 0 && a == entity[right[k]]) proposed++;
        }
        return new BlockingQuality(n, (long) n * (n - 1) / 2, pairs, truePairs, proposed);
    }
}
