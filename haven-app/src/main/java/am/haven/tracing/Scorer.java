package am.haven.tracing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How well a person fits a query, as a sum of log2 Bayes factors in the manner of Fellegi–Sunter:
 * each query word is paired with at most one of the person's name words (in any field, any order),
 * at the best of the levels below; a word's weight comes from how rare its sound key is in the
 * population (a common surname counts for little), scaled down for looser levels. Query words that
 * fit no name cost a little; birth year, sex, origin and phone add or subtract. Every term is kept
 * as a line of the explanation.
 */
final class Scorer {

    /** How a query word met a name word, best first, with the share of the exact weight it keeps. */
    enum Level {
        EXACT("same spelling", 1.0),
        SOUND("same sound across scripts", 0.9),
        GROUP("same name, another form", 0.75),
        CLOSE("one or two letters apart", 0.7),
        SIMILAR("several letters apart", 0.5),
        NEAR_SOUND("similar sound", 0.35);

        final String label;
        final double share;

        Level(String label, double share) {
            this.label = label;
            this.share = share;
        }
    }

    static final double UNMATCHED_WORD = -3.0;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final String[] FIELDS = {"given name", "family name", "patronymic", "name"};

    /**
     * A person's name word as the scorer needs it, with how many persons carry the word itself
     * ({@code count}) and how many a word of the same sound key ({@code keyCount}).
     */
    record NameWord(String folded, String key, String group, int field, int count, int keyCount) {}

    /** What a person brings besides names. */
    record Facts(int birthYear, char sex, String origin, String phone) {}

    /**
     * A weight, the lines that add up to it, how many query words met no name, how much of the
     * weight an exact agreement of the met names would give was earned (1 = all exact), and what
     * birth year, sex, origin and phone added.
     */
    record Scored(double weight, List<String> explanation, int unmatchedWords, double nameShare, double factsWeight) {}

    private Scorer() {}

    /** The level at which query word {@code q} meets name word {@code p}, or null when it does not. */
    static Level level(NameQuery.Word q, NameWord p) {
        boolean father = p.field() == 2 && q.father() != null;
        String qForm = father ? q.father() : q.folded();
        if (qForm.equals(p.folded())) return Level.EXACT;
        double jw = JW.apply(qForm, p.folded());
        // The sound key is lossy (Grigoryan and Karenyan share one): it counts only when the stems agree somewhat.
        if (q.key() != null && q.key().equals(p.key()) && stemSimilarity(qForm, p.folded()) >= 0.6) return Level.SOUND;
        String qGroup = father ? q.fatherGroup() : q.group();
        if (p.group() != null && p.group().equals(qGroup)) return Level.GROUP;
        if (jw >= 0.92) return Level.CLOSE;
        if (jw >= 0.84) return Level.SIMILAR;
        // As the index's near-key lookup: a key under three letters is one edit from too many others.
        if (q.key() != null && p.key() != null && q.key().length() >= 3 && p.key().length() >= 3 && oneEditApart(q.key(), p.key())
                && stemSimilarity(qForm, p.folded()) >= 0.6) {
            return Level.NEAR_SOUND;
        }
        return null;
    }

    /**
     * Jaro–Winkler of two names without the letters that come and go between the scripts (h) and
     * without the family-name suffix every Armenian surname shares, so that -yan alone does not
     * make two surnames look alike.
     */
    static double stemSimilarity(String a, String b) {
        return JW.apply(stem(a), stem(b));
    }

    private static String stem(String s) {
        String t = s.replace("h", "");
        for (String suffix : new String[] {"yants", "yanc", "ants", "unts", "yan", "ian", "jan", "an"}) {
            if (t.length() > suffix.length() + 2 && t.endsWith(suffix)) return t.substring(0, t.length() - suffix.length());
        }
        return t;
    }

    /**
     * How much agreeing at {@code level} on name word {@code p} is worth. An exact agreement weighs
     * by how rare the word is; a looser one by how common the query word's sound family is
     * ({@code queryCount}) or the person's, whichever is larger, so a rare typo does not pass for a
     * rare name. A given name or surname met in a patronymic (Vardan / Vardani) counts for less.
     */
    static double weight(Level level, NameWord p, NameQuery.Word q, int queryCount, int population) {
        int count = level == Level.EXACT ? p.count() : Math.max(queryCount, Math.max(p.keyCount(), p.count()));
        double w = rarity(count, population) * level.share;
        return p.field() == 2 && !q.patronymicLike() ? w * 0.6 : w;
    }

    /** The weight of agreeing exactly on a name that {@code count} persons of {@code population} carry. */
    static double rarity(int count, int population) {
        double w = Math.log(0.9 * Math.max(population, 2) / Math.max(count, 1)) / Math.log(2);
        return Math.max(0.5, Math.min(20, w));
    }

    static Scored score(NameQuery q, int[] queryCounts, List<NameWord> names, Facts facts, int population) {
        return score(q, queryCounts, names, facts, population, true);
    }

    /** The weight {@link #score} gives, without writing the explanation. */
    static double weight(NameQuery q, int[] queryCounts, List<NameWord> names, Facts facts, int population) {
        return score(q, queryCounts, names, facts, population, false).weight();
    }

    private static Scored score(NameQuery q, int[] queryCounts, List<NameWord> names, Facts facts, int population,
                                boolean explain) {
        List<String> why = explain ? new ArrayList<>() : null;
        double total = 0;
        int n = q.words().size();
        // All (query word, name word) pairs that meet, best weight first; then a greedy one-to-one pairing.
        List<double[]> pairs = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < names.size(); j++) {
                Level l = level(q.words().get(i), names.get(j));
                if (l == null) continue;
                pairs.add(new double[] {weight(l, names.get(j), q.words().get(i), queryCounts[i], population), i, j, levels.size()});
                levels.add(l);
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        boolean[] qUsed = new boolean[n], pUsed = new boolean[names.size()];
        double exact = 0, earned = 0;
        for (double[] p : pairs) {
            int i = (int) p[1], j = (int) p[2];
            if (qUsed[i] || pUsed[j]) continue;
            qUsed[i] = pUsed[j] = true;
            total += p[0];
            NameWord w = names.get(j);
            earned += p[0];
            exact += rarity(w.count(), population);
            if (why != null) {
                why.add(String.format(Locale.ROOT, "%s: '%s' ~ '%s' (%s) %+.1f", FIELDS[w.field()],
                        q.words().get(i).text(), w.folded(), levels.get((int) p[3]).label, p[0]));
            }
        }
        int unmatched = 0;
        boolean hasPatronymic = names.stream().anyMatch(w -> w.field() == 2);
        for (int i = 0; i < n; i++) {
            if (qUsed[i]) continue;
            if (!hasPatronymic && q.words().get(i).patronymicLike()) {
                // A patronymic asked for where none was registered: not evidence either way.
                if (why != null) why.add(String.format(Locale.ROOT, "'%s' (a patronymic?) not registered +0.0", q.words().get(i).text()));
                continue;
            }
            unmatched++;
            total += UNMATCHED_WORD;
            if (why != null) why.add(String.format(Locale.ROOT, "'%s' matches no name %+.1f", q.words().get(i).text(), UNMATCHED_WORD));
        }
        double f = facts(q, facts, why);
        total += f;
        return new Scored(total, why, unmatched, exact == 0 ? 0 : earned / exact, f);
    }

    /** Birth year, sex, origin and phone: the same terms the index's quick ranking uses. */
    static double facts(NameQuery q, Facts f, List<String> why) {
        double t = 0;
        if (q.birthYear() != null && f.birthYear() > 0) {
            double w = yearWeight(Math.abs(q.birthYear() - f.birthYear()));
            t += w;
            if (why != null) why.add(String.format(Locale.ROOT, "birth year %d vs %d %+.1f", q.birthYear(), f.birthYear(), w));
        }
        if (q.sex() != null && f.sex() != 0) {
            double w = q.sex().charAt(0) == f.sex() ? 0.9 : -3.0;
            t += w;
            if (why != null) why.add(String.format(Locale.ROOT, "sex %s vs %s %+.1f", q.sex(), f.sex(), w));
        }
        if (q.origin() != null && f.origin() != null) {
            double w = q.origin().equals(f.origin()) ? 2.5 : -0.5;
            t += w;
            if (why != null) why.add(String.format(Locale.ROOT, "origin %s vs %s %+.1f", q.origin(), f.origin(), w));
        }
        if (q.phone() != null && f.phone() != null && q.phone().equals(f.phone())) {
            t += 12;
            if (why != null) why.add("same phone +12.0");
        }
        return t;
    }

    /** What birth years {@code d} years apart add: at most {@link #NEAR_YEARS} apart they add something. */
    static double yearWeight(int d) {
        return d == 0 ? 6.0 : d == 1 ? 3.0 : d <= NEAR_YEARS ? 1.0 : d <= FAR_YEARS ? -4.0 : -7.0;
    }

    static final int NEAR_YEARS = 3;
    /** Birth years further apart than this weigh against a match the most. */
    static final int FAR_YEARS = 10;

    /** The most that sex, origin and phone can add for this query, besides the birth year. */
    static double bestOtherFacts(NameQuery q) {
        return (q.sex() != null ? 0.9 : 0) + (q.origin() != null ? 2.5 : 0) + (q.phone() != null ? 12 : 0);
    }

    /** The probability of being the sought person when one in {@code population} is, given weight {@code w}. */
    static double probability(double w, int population) {
        return 1.0 / (1.0 + Math.max(population, 2) * Math.pow(2, -w));
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (a.length() < b.length()) j++;
            else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
