package am.haven.match.block;

import am.haven.match.compare.Comparison;
import am.haven.match.compare.DateComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Computes a record's 64-bit block keys for each rule from its prepared values. */
public final class BlockKeys {
    private final List<BlockingRule> rules;
    private final int[][] partIndex;   // rule → comparison index of each part
    private final boolean[][] yearOnly;
    private final List<Comparison> comparisons;

    public BlockKeys(List<BlockingRule> rules, List<Comparison> comparisons) {
        this.rules = List.copyOf(rules);
        this.comparisons = comparisons;
        Map<String, Integer> byField = new java.util.HashMap<>();
        for (int i = 0; i < comparisons.size(); i++) byField.put(comparisons.get(i).field(), i);
        partIndex = new int[rules.size()][];
        yearOnly = new boolean[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<String> parts = rules.get(r).parts();
            partIndex[r] = new int[parts.size()];
            yearOnly[r] = new boolean[parts.size()];
            for (int p = 0; p < parts.size(); p++) {
                String part = parts.get(p);
                yearOnly[r][p] = part.endsWith(":year");
                String field = yearOnly[r][p] ? part.substring(0, part.length() - 5) : part;
                Integer idx = byField.get(field);
                if (idx == null) throw new am.haven.match.MatchException("blocking rule " + rules.get(r)
                        + " names field '" + field + "' that is not in the schema " + byField.keySet());
                partIndex[r][p] = idx;
            }
        }
    }

    public List<BlockingRule> rules() {
        return rules;
    }

    /** The keys of every rule for a record, concatenated (each key already carries its rule). */
    public long[] allKeys(Object[] values) {
        long[] out = new long[rules.size()];
        int n = 0;
        for (int r = 0; r < rules.size(); r++) {
            for (long k : keys(r, values)) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = k;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The keys of rule {@code r} for a record's prepared values; empty when a part is missing. */
    public long[] keys(int r, Object[] values) {
        List<String> acc = List.of("");
        for (int p = 0; p < partIndex[r].length; p++) {
            Object v = values[partIndex[r][p]];
            if (v == null) return new long[0];
            List<String> ks = yearOnly[r][p] ? List.of(DateComparison.yearKey(v))
                    : comparisons.get(partIndex[r][p]).blockingKeys(v);
            if (ks.isEmpty()) return new long[0];
            List<String> next = new ArrayList<>(acc.size() * ks.size());
            for (String a : acc) for (String k : ks) next.add(a + '\u0001' + k);
            acc = next;
        }
        long[] out = new long[acc.size()];
        for (int i = 0; i < out.length; i++) out[i] = hash(r, acc.get(i));
        return out;
    }

    private static long hash(int rule, String s) {
        long h = 0xcbf29ce484222325L ^ (rule * 0x100000001b3L);
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }
}
