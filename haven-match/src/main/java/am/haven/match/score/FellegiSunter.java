package am.haven.match.score;

import java.util.Arrays;

/**
 * Fellegi–Sunter parameters: per comparison and level the probability m of that agreement among
 * matches and u among non-matches, and the expected number of other records each record matches.
 * A level's contribution to a pair's match weight is log2(m/u); a term-frequency adjustment
 * log2(u_agree / f(value)) replaces the average frequency of an agreement with the frequency of
 * the value itself, clamped so one value cannot dominate.
 */
public final class FellegiSunter {
    static final double TF_MIN = -6, TF_MAX = 6;
    private final double[][] m;
    private final double[][] u;
    private final boolean[][] tf;
    private final double matchesPerRecord;

    public FellegiSunter(double[][] m, double[][] u, boolean[][] tf, double matchesPerRecord) {
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.tf = tf;
        this.matchesPerRecord = matchesPerRecord;
    }

    public double m(int c, int level) { return m[c][level]; }
    public double u(int c, int level) { return u[c][level]; }
    public boolean tfAdjusted(int c, int level) { return tf[c][level]; }
    public int comparisons() { return m.length; }
    public int levels(int c) { return m[c].length; }
    public double matchesPerRecord() { return matchesPerRecord; }

    /** log2 Bayes factor of agreement level {@code level} of comparison {@code c}. */
    public double levelWeight(int c, int level) {
        return log2(m[c][level] / u[c][level]);
    }

    /**
     * Term-frequency adjustment for a pair agreeing at a TF-adjusted level on a value shared by
     * {@code relativeFrequency} of the population.
     */
    public double tfAdjustment(int c, int level, double relativeFrequency) {
        double agree = 0;
        for (int l = 0; l <= level; l++) agree += u[c][l];
        double adj = log2(agree / Math.max(relativeFrequency, 1e-9));
        return Math.max(TF_MIN, Math.min(TF_MAX, adj));
    }

    /** Prior match weight of a pair drawn from a population of {@code population} records. */
    public double priorWeight(int population) {
        double lambda = Math.min(0.5, matchesPerRecord / Math.max(1, population - 1));
        lambda = Math.max(lambda, 1e-12);
        return log2(lambda / (1 - lambda));
    }

    /** The probability that goes with a match weight. */
    public static double probability(double weight) {
        double odds = Math.pow(2, weight);
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    /** The match weight that goes with a probability. */
    public static double weightOf(double probability) {
        double p = Math.min(Math.max(probability, 1e-15), 1 - 1e-15);
        return log2(p / (1 - p));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double[][] deepCopy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }
}
