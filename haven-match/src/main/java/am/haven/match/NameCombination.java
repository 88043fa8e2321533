package am.haven.match;

import am.haven.match.compare.Comparison;
import am.haven.match.compare.DateComparison;
import am.haven.match.score.FellegiSunter;

import java.util.List;

/**
 * Term frequency of a name combination: given name, family name and birth year together.
 *
 * <p>Adjusting given and family names each by its own frequency assumes they are independent, but in
 * a real register they are not: cousins are named after the same grandfather, and a common given name
 * is commoner still within a common surname's families. At a million records hundreds of thousands
 * of pairs of different people share all three. When a pair agrees on the three (the names exactly
 * or by sound key, the birth dates at least to the year), the names' two adjustments are replaced by
 * one, log2(U_given · U_family · U_year / f(given, family, year)), where the U are the average
 * frequencies of these agreements and f is how many records of the population carry the
 * combination: a pair from a cell of thirty namesakes gets the weight such a cell deserves.
 * The difference is booked on the family name's contribution, so explanations keep their rows.
 */
final class NameCombination {
    /** Bounds of the joint adjustment, in bits: as the per-field bounds, for the two names together. */
    static final double MIN = -12, MAX = 12;
    /** Below this population the combination's count says too little; per-field adjustments apply. */
    static final int MIN_POPULATION = 1000;

    final int given, family, date;
    /** The term-frequency slot that counts combinations: one past the comparisons. */
    final int slot;

    private NameCombination(int given, int family, int date, int slot) {
        this.given = given;
        this.family = family;
        this.date = date;
        this.slot = slot;
    }

    /** The combination of a schema's first given name, family name and birth date, or null without them. */
    static NameCombination of(List<Comparison> comparisons) {
        int g = -1, f = -1, d = -1;
        for (int c = 0; c < comparisons.size(); c++) {
            switch (comparisons.get(c).type()) {
                case GIVEN_NAME -> g = g < 0 ? c : g;
                case FAMILY_NAME -> f = f < 0 ? c : f;
                case BIRTH_DATE -> d = d < 0 ? c : d;
                default -> { }
            }
        }
        return g < 0 || f < 0 || d < 0 ? null : new NameCombination(g, f, d, comparisons.size());
    }

    /** The combination key of prepared values, or null when a part is missing. */
    String key(List<Comparison> comparisons, Object[] v) {
        if (v[given] == null || v[family] == null || v[date] == null) return null;
        String g = comparisons.get(given).frequencyKey(v[given], 0);
        String f = comparisons.get(family).frequencyKey(v[family], 0);
        if (g == null || f == null) return null;
        return g + '|' + f + '|' + DateComparison.yearKey(v[date]);
    }

    /** True when the pair agrees on all three: names at their frequency levels, dates on the year. */
    boolean applies(FellegiSunter fs, byte[] levels, int offset) {
        byte g = levels[offset + given], f = levels[offset + family], d = levels[offset + date];
        return g >= 0 && f >= 0 && d >= 0 && fs.tfAdjusted(given, g) && fs.tfAdjusted(family, f)
                && d <= DateComparison.SAME_YEAR;
    }

    /** The joint adjustment that replaces the two names' own, for a combination of relative frequency rel. */
    double adjustment(FellegiSunter fs, byte[] levels, int offset, double rel) {
        double agree = agree(fs, given, levels[offset + given]) * agree(fs, family, levels[offset + family])
                * agree(fs, date, DateComparison.SAME_YEAR);
        double adj = Math.log(agree / Math.max(rel, 1e-12)) / Math.log(2);
        return Math.max(MIN, Math.min(MAX, adj));
    }

    private static double agree(FellegiSunter fs, int c, int level) {
        double a = 0;
        for (int l = 0; l <= level; l++) a += fs.u(c, l);
        return a;
    }
}
