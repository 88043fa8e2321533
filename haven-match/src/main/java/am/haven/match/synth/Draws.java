package am.haven.match.synth;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded draws shared by the generators: skewed picks from name lists, phones, documents, places. */
final class Draws {
    final SplittableRandom random;
    private final Map<String, double[]> cdfs = new HashMap<>();
    private final String[][] male, female;
    private final double givenSkew;

    /** The classic generator's draws: the first name lists, Zipf skew 0.7. */
    Draws(SplittableRandom random) {
        this(random, ArmenianNames.MALE, ArmenianNames.FEMALE, 0.7);
    }

    Draws(SplittableRandom random, String[][] male, String[][] female, double givenSkew) {
        this.random = random;
        this.male = male;
        this.female = female;
        this.givenSkew = givenSkew;
    }

    /** A given name {hy, ru}. */
    String[] given(boolean isMale) {
        return pick(isMale ? male : female, givenSkew);
    }

    /** A name from a list ordered by frequency, with a Zipf skew of 0.7 (the classic generator's). */
    String[] pick(String[][] names) {
        return pick(names, 0.7);
    }

    String[] pick(String[][] names, double skew) {
        return names[draw(cdfs.computeIfAbsent(names.length + "/" + skew, k -> zipf(names.length, skew)))];
    }

    int draw(double[] cdf) {
        double x = random.nextDouble();
        int lo = 0, hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) cdf[i] /= sum;
        return cdf;
    }

    String phone() {
        String[] prefixes = {"91", "93", "94", "95", "96", "97", "98", "99", "77", "55", "41", "43", "44", "49"};
        return prefixes[random.nextInt(prefixes.length)] + (100_000 + random.nextInt(900_000));
    }

    String docPrefix() {
        String[] p = {"AM", "AK", "AT", "AN", "AR"};
        return p[random.nextInt(p.length)];
    }

    int weightedPlace() {
        int total = 0;
        for (String[] p : ArmenianNames.PLACES) total += Integer.parseInt(p[4]);
        int x = random.nextInt(total);
        for (int i = 0; i < ArmenianNames.PLACES.length; i++) {
            x -= Integer.parseInt(ArmenianNames.PLACES[i][4]);
            if (x < 0) return i;
        }
        return 0;
    }

    /** A person with the given attributes and a random birthday, given name and (mostly) a document. */
    Person person(String[] surname, boolean male, String[] father, int year, int place, String phone) {
        Person p = new Person();
        p.surname = surname;
        p.male = male;
        p.given = given(male);
        p.father = father;
        p.year = year;
        p.month = 1 + random.nextInt(12);
        p.day = 1 + random.nextInt(28);
        p.phone = phone;
        p.document = year < 2008 || random.nextDouble() < 0.3 ? docPrefix() + (1_000_000 + random.nextInt(9_000_000)) : null;
        p.place = place;
        return p;
    }
}
