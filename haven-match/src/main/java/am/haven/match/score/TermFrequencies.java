package am.haven.match.score;

import java.util.HashMap;
import java.util.Map;

/**
 * How many records of a population carry each value, per comparison, for term-frequency adjustment.
 * Updated as records come and go; not thread-safe for writes (the owner serialises them).
 */
public final class TermFrequencies {
    private final Map<String, int[]>[] counts;
    private int population;

    @SuppressWarnings("unchecked")
    public TermFrequencies(int comparisons) {
        counts = new Map[comparisons];
        for (int i = 0; i < comparisons; i++) counts[i] = new HashMap<>();
    }

    /** Counts one more record with {@code key} in comparison {@code c} (null keys are ignored). */
    public void add(int c, String key) {
        if (key != null) counts[c].computeIfAbsent(key, k -> new int[1])[0]++;
    }

    public void remove(int c, String key) {
        if (key == null) return;
        int[] n = counts[c].get(key);
        if (n != null && --n[0] <= 0) counts[c].remove(key);
    }

    public void population(int delta) {
        population += delta;
    }

    public int population() {
        return population;
    }

    public int count(int c, String key) {
        int[] n = counts[c].get(key);
        return n == null ? 0 : n[0];
    }

    /** Number of distinct values counted for comparison {@code c}. */
    public int distinct(int c) {
        return counts[c].size();
    }

    /** A copy of the counts of comparison {@code c}, for saving in a model. */
    public Map<String, Integer> snapshot(int c, int minCount) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        counts[c].forEach((k, v) -> { if (v[0] >= minCount) out.put(k, v[0]); });
        return out;
    }
}
