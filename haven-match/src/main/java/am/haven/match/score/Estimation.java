package am.haven.match.score;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Unsupervised estimation of Fellegi–Sunter parameters: u from random pairs (almost all of which
 * are non-matches), m by expectation–maximisation over the candidate pairs with u held fixed.
 */
public final class Estimation {
    private Estimation() {}

    /**
     * u per comparison and level from up to {@code maxPairs} random pairs of {@code n} records;
     * {@code levels.apply(i, j)} gives the level vector of records i and j (-1 = missing).
     */
    public static double[][] estimateU(int n, int[] levelCounts, long maxPairs, long seed,
                                       BiFunction<Integer, Integer, byte[]> levels) {
        double[][] counts = new double[levelCounts.length][];
        for (int c = 0; c < levelCounts.length; c++) counts[c] = new double[levelCounts[c]];
        long all = (long) n * (n - 1) / 2;
        if (all <= maxPairs) {
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) tally(counts, levels.apply(i, j));
        } else {
            // Split the sample over the cores; each part has its own random stream split from the seed,
            // so the result does not depend on thread scheduling.
            int parts = Math.max(1, Runtime.getRuntime().availableProcessors());
            SplittableRandom root = new SplittableRandom(seed);
            double[][][] partial = new double[parts][][];
            Thread[] threads = new Thread[parts];
            for (int t = 0; t < parts; t++) {
                SplittableRandom random = root.split();
                long share = maxPairs / parts + (t < maxPairs % parts ? 1 : 0);
                double[][] mine = new double[levelCounts.length][];
                for (int c = 0; c < levelCounts.length; c++) mine[c] = new double[levelCounts[c]];
                partial[t] = mine;
                threads[t] = new Thread(() -> {
                    for (long k = 0; k < share; k++) {
                        int i = random.nextInt(n), j = random.nextInt(n - 1);
                        if (j >= i) j++;
                        tally(mine, levels.apply(i, j));
                    }
                }, "haven-match-u-" + t);
                threads[t].start();
            }
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while estimating u", e);
                }
            }
            for (double[][] p : partial)
                for (int c = 0; c < counts.length; c++)
                    for (int l = 0; l < counts[c].length; l++) counts[c][l] += p[c][l];
        }
        double[][] u = new double[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            double total = Arrays.stream(counts[c]).sum();
            u[c] = new double[counts[c].length];
            for (int l = 0; l < u[c].length; l++) {
                // A level never seen among random pairs is rare, not impossible.
                u[c][l] = (counts[c][l] + 0.5) / (total + 0.5 * u[c].length);
            }
        }
        return u;
    }

    private static void tally(double[][] counts, byte[] lv) {
        for (int c = 0; c < lv.length; c++) if (lv[c] >= 0) counts[c][lv[c]]++;
    }

    /** Result of EM: m per comparison and level, and the share of candidate pairs that match. */
    public record EmResult(double[][] m, double lambda, int iterations) {}

    /**
     * EM over distinct level patterns ({@code patterns}: pattern → number of candidate pairs, a pattern
     * being one byte per comparison, -1 for missing). Comparisons with {@code fixedM[c] != null} keep it.
     */
    public static EmResult em(Map<Pattern, Long> patterns, double[][] u, double[][] fixedM, int maxIterations) {
        boolean[] all = new boolean[u.length];
        java.util.Arrays.fill(all, true);
        return em(patterns, u, fixedM, maxIterations, all);
    }

    /**
     * EM counting only the {@code active} comparisons: a session blocked on a field must not learn
     * that field's m, since every pair in it agrees there by construction.
     */
    public static EmResult em(Map<Pattern, Long> patterns, double[][] u, double[][] fixedM, int maxIterations,
                              boolean[] active) {
        int cs = u.length;
        double[][] m = new double[cs][];
        for (int c = 0; c < cs; c++) m[c] = fixedM[c] != null ? fixedM[c].clone() : initialM(u[c].length);
        double lambda = 0.1;
        Pattern[] ps = patterns.keySet().toArray(new Pattern[0]);
        long[] counts = Arrays.stream(ps).mapToLong(patterns::get).toArray();
        int it = 0;
        for (; it < maxIterations; it++) {
            double[][] mNew = new double[cs][];
            for (int c = 0; c < cs; c++) mNew[c] = new double[u[c].length];
            double matchMass = 0, total = 0;
            for (int p = 0; p < ps.length; p++) {
                byte[] lv = ps[p].levels();
                double lm = Math.log(lambda), lu = Math.log(1 - lambda);
                for (int c = 0; c < cs; c++) {
                    if (lv[c] < 0 || !active[c]) continue;
                    lm += Math.log(m[c][lv[c]]);
                    lu += Math.log(u[c][lv[c]]);
                }
                double pm = 1 / (1 + Math.exp(lu - lm));
                double w = pm * counts[p];
                matchMass += w;
                total += counts[p];
                for (int c = 0; c < cs; c++) if (lv[c] >= 0 && active[c]) mNew[c][lv[c]] += w;
            }
            double change = Math.abs(matchMass / total - lambda);
            lambda = Math.min(0.999, Math.max(1e-6, matchMass / total));
            for (int c = 0; c < cs; c++) {
                if (fixedM[c] != null || !active[c]) continue;
                double sum = Arrays.stream(mNew[c]).sum();
                for (int l = 0; l < m[c].length; l++) {
                    double v = (mNew[c][l] + 1e-3) / (sum + 1e-3 * m[c].length);
                    change = Math.max(change, Math.abs(v - m[c][l]));
                    m[c][l] = v;
                }
            }
            if (change < 1e-5) break;
        }
        return new EmResult(m, lambda, it);
    }

    // Best level likely among matches, "else" unlikely: a start EM moves away from quickly if wrong.
    private static double[] initialM(int levels) {
        double[] m = new double[levels];
        double sum = 0;
        for (int l = 0; l < levels; l++) {
            m[l] = l == levels - 1 ? 0.05 : Math.pow(0.5, l);
            sum += m[l];
        }
        for (int l = 0; l < levels; l++) m[l] /= sum;
        return m;
    }

    /** A level vector usable as a map key. */
    public record Pattern(byte[] levels) {
        @Override public boolean equals(Object o) {
            return o instanceof Pattern p && Arrays.equals(levels, p.levels);
        }
        @Override public int hashCode() {
            return Arrays.hashCode(levels);
        }
    }
}
