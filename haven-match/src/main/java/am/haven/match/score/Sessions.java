package am.haven.match.score;

import am.haven.match.FieldType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates m in several EM sessions, each on the candidate pairs that agree on one kind of evidence,
 * learning the m of every other comparison. Run on all candidate pairs at once, EM tends to find
 * "same household" (shared surname, phone, place) instead of "same person"; among pairs that share
 * a full birth date, or both names, the larger latent class is the one we want. This is how Splink
 * trains m too: one session per blocking rule, the rule's own fields left out.
 */
public final class Sessions {
    private Sessions() {}

    /** Level vectors of the candidate pairs, one byte per comparison, {@code width} bytes per pair. */
    public record Pairs(byte[] levels, int width, int size) {
        byte level(int k, int c) {
            return levels[k * width + c];
        }
    }

    /** Result: m per comparison and the share of candidate pairs that match. */
    public record Estimate(double[][] m, double lambda, List<String> sessions) {}

    public static Estimate estimate(Pairs pairs, double[][] u, FieldType[] types, double[][] fixedM, int iterations) {
        int cs = types.length;
        List<Integer> dates = new ArrayList<>(), names = new ArrayList<>(), strong = new ArrayList<>();
        for (int c = 0; c < cs; c++) {
            if (types[c] == FieldType.BIRTH_DATE) dates.add(c);
            if (types[c] == FieldType.GIVEN_NAME || types[c] == FieldType.FAMILY_NAME || types[c] == FieldType.FULL_NAME) {
                names.add(c);
            }
            if (types[c] == FieldType.PHONE || types[c] == FieldType.DOCUMENT || types[c] == FieldType.EMAIL) strong.add(c);
        }
        double[][] sum = new double[cs][];
        int[] sessionsFor = new int[cs];
        List<String> log = new ArrayList<>();
        if (!dates.isEmpty()) session(pairs, u, fixedM, iterations, dates, 0, List.of(), sum, sessionsFor, log, "birth date exact");
        // Namesakes agree on both names too; a shared phone, document or e-mail keeps them out.
        if (!names.isEmpty()) session(pairs, u, fixedM, iterations, names, 1, strong, sum, sessionsFor, log,
                strong.isEmpty() ? "names agree" : "names and an identifier agree");
        // Comparisons no session could learn (or no session had pairs): learn them on all pairs.
        boolean missing = false;
        for (int c = 0; c < cs; c++) missing |= sessionsFor[c] == 0;
        if (missing) session(pairs, u, fixedM, iterations, List.of(), 0, List.of(), sum, sessionsFor, log, "all pairs");
        double[][] m = new double[cs][];
        for (int c = 0; c < cs; c++) {
            m[c] = sum[c];
            if (m[c] == null) continue; // the caller fills it with a neutral m
            for (int l = 0; l < m[c].length; l++) m[c][l] /= sessionsFor[c];
        }
        // With m settled, the share of matches among all candidate pairs is the only unknown.
        Map<Estimation.Pattern, Long> all = patterns(pairs, List.of(), 0, List.of());
        boolean complete = java.util.Arrays.stream(m).allMatch(java.util.Objects::nonNull);
        double lambda = all.isEmpty() || !complete ? 0.5 : Estimation.em(all, u, m, iterations).lambda();
        return new Estimate(m, lambda, log);
    }

    private static void session(Pairs pairs, double[][] u, double[][] fixedM, int iterations, List<Integer> on,
                                int maxLevel, List<Integer> anyExact, double[][] sum, int[] sessionsFor,
                                List<String> log, String name) {
        Map<Estimation.Pattern, Long> patterns = patterns(pairs, on, maxLevel, anyExact);
        long n = patterns.values().stream().mapToLong(Long::longValue).sum();
        if (n < 20) return; // too few pairs to learn anything
        boolean[] active = new boolean[u.length];
        for (int c = 0; c < u.length; c++) active[c] = !on.contains(c) && !anyExact.contains(c);
        Estimation.EmResult r = Estimation.em(patterns, u, fixedM, iterations, active);
        for (int c = 0; c < u.length; c++) {
            if (!active[c]) continue;
            if (sum[c] == null) sum[c] = new double[u[c].length];
            for (int l = 0; l < u[c].length; l++) sum[c][l] += r.m()[c][l];
            sessionsFor[c]++;
        }
        log.add(String.format(java.util.Locale.ROOT, "%s: %d pairs, %d iterations, match share %.4f",
                name, n, r.iterations(), r.lambda()));
    }

    /** Patterns of the pairs that agree at level ≤ maxLevel on every comparison in {@code on}. */
    static Map<Estimation.Pattern, Long> patterns(Pairs pairs, List<Integer> on, int maxLevel, List<Integer> anyExact) {
        // Count by a packed long (4 bits a comparison) to avoid an object per pair; unpack at the end.
        boolean packable = pairs.width() <= 16;
        Map<Long, long[]> packed = new HashMap<>();
        Map<Estimation.Pattern, Long> out = new HashMap<>();
        byte[] buf = new byte[pairs.width()];
        outer:
        for (int k = 0; k < pairs.size(); k++) {
            for (int c : on) {
                byte l = pairs.level(k, c);
                if (l < 0 || l > maxLevel) continue outer;
            }
            if (!anyExact.isEmpty()) {
                boolean found = false;
                for (int c : anyExact) found |= pairs.level(k, c) == 0;
                if (!found) continue;
            }
            if (packable) {
                long key = 0;
                for (int c = 0; c < pairs.width(); c++) key = (key << 4) | (pairs.level(k, c) & 0xF);
                packed.computeIfAbsent(key, x -> new long[1])[0]++;
            } else {
                System.arraycopy(pairs.levels(), k * pairs.width(), buf, 0, buf.length);
                out.merge(new Estimation.Pattern(buf.clone()), 1L, Long::sum);
            }
        }
        packed.forEach((key, n) -> {
            byte[] lv = new byte[pairs.width()];
            long x = key;
            for (int c = pairs.width() - 1; c >= 0; c--) {
                int v = (int) (x & 0xF);
                lv[c] = (byte) (v == 0xF ? -1 : v);
                x >>>= 4;
            }
            out.put(new Estimation.Pattern(lv), n[0]);
        });
        return out;
    }
}
