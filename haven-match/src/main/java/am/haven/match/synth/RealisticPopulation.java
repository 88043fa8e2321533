package am.haven.match.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A population as hard as a real register of displaced Armenians ({@code --profile realistic}):
 * <ul>
 * <li>surnames concentrated as in Armenia: the ten commonest carry about 39 % of people;</li>
 * <li>extended families: brothers' households share surname and settlement, and each brother's
 *     first son is often named after his grandfather, so cousins share given name and surname and
 *     are born a few years apart; a widowed grandparent is sometimes co-registered with two sons;</li>
 * <li>injected namesakes: people of another family with the same surname, given name and birth year;</li>
 * <li>twins (everything shared but the given name);</li>
 * <li>births known to the year only for about 10 % of people (every registration says so), some
 *     missing;</li>
 * <li>households registered together, with one contact phone for those without their own, so
 *     about 27 % of phones given are a relative's;</li>
 * <li>households and people registered again in another spelling (Armenian, Russian, two Latin
 *     transliterations), with the classic generator's typos and partial or mistyped dates.</li>
 * </ul>
 * Every share is a probability of the generating process, not fitted to a seed.
 */
final class RealisticPopulation {
    /** Share of people carried by the ten commonest surnames. */
    static final double TOP_TEN_SURNAMES = 0.39;
    static final double YEAR_ONLY = 0.10;
    static final double BIRTH_UNKNOWN = 0.03;
    /** Zipf skew of given names: flatter than surnames, over a longer list than the classic one. */
    static final double GIVEN_NAME_SKEW = 0.3;

    private final SplittableRandom random;
    private final Draws draws;
    private final Renderer renderer;
    private final String[][] surnames;
    private final double[] surnameCdf;
    /** Recent people by surname, for injecting namesakes into other families. */
    private final Map<String, List<Person>> recentBySurname = new HashMap<>();

    /** Every distinct person drawn, in order (for tests of the population's shape). */
    final List<Person> persons = new ArrayList<>();
    /** Phones given per registration, and how many of them were a relative's rather than one's own. */
    long phonesGiven, relativesPhones;

    private int entity;

    RealisticPopulation(SplittableRandom random) {
        this.random = random;
        this.draws = new Draws(random, concat(ArmenianNames.MALE, ArmenianNames.MORE_MALE),
                concat(ArmenianNames.FEMALE, ArmenianNames.MORE_FEMALE), GIVEN_NAME_SKEW);
        this.renderer = new Renderer(random);
        this.surnames = PopulationGenerator.allSurnames();
        this.surnameCdf = concentrated(surnames.length);
    }

    /**
     * One Zipf law over all surnames, its exponent the one at which the ten first carry
     * {@link #TOP_TEN_SURNAMES} of people (found by bisection: it depends only on how many surnames
     * there are).
     */
    static double[] concentrated(int n) {
        double lo = 0, hi = 3;
        for (int k = 0; k < 60; k++) {
            double mid = (lo + hi) / 2;
            if (Draws.zipf(n, mid)[9] < TOP_TEN_SURNAMES) lo = mid; else hi = mid;
        }
        return Draws.zipf(n, (lo + hi) / 2);
    }

    private static String[][] concat(String[][] a, String[][] b) {
        String[][] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Rows of {entity, given, family, patronymic, dob, sex, phone, document, place}, not shuffled. */
    List<String[]> generate(int n) {
        List<String[]> rows = new ArrayList<>(n + 64);
        while (rows.size() < n) clan(rows);
        return new ArrayList<>(rows.subList(0, n));
    }

    /** A patriarch's family: one to three sons' households, each registered together, some twice. */
    private void clan(List<String[]> rows) {
        String[] surname = surnames[draws.draw(surnameCdf)];
        int place = draws.weightedPlace();
        int year0 = 1922 + random.nextInt(48);
        String[] patriarchName = draws.given(true);
        Person patriarch = null, widow = null;
        if (year0 > 1932 && random.nextDouble() < 0.35) {
            patriarch = adult(surname, true, draws.given(true), year0, place);
            patriarch.given = patriarchName;
        }
        if (year0 > 1930 && random.nextDouble() < 0.45) {
            widow = adult(surname, false, draws.given(true), year0 + random.nextInt(7) - 1, place);
        }
        int sons = 1 + random.nextInt(3);
        Set<String> sonNames = new HashSet<>();
        List<List<Person>> households = new ArrayList<>();
        for (int s = 0; s < sons; s++) {
            Person head = adult(surname, true, patriarchName, year0 + 20 + random.nextInt(20), place);
            for (int t = 0; sonNames.contains(head.given[0]) && t < 5; t++) head.given = draws.given(true);
            sonNames.add(head.given[0]);
            households.add(household(head, surname, place, patriarchName));
        }
        // Grandparents live with one son; sometimes a second son registers them too.
        for (Person elder : new Person[]{patriarch, widow}) {
            if (elder == null) continue;
            int with = random.nextInt(households.size());
            households.get(with).add(elder);
            if (households.size() > 1 && random.nextDouble() < 0.25) households.get((with + 1) % households.size()).add(elder);
        }
        for (List<Person> h : households) register(h, rows);
    }

    private List<Person> household(Person head, String[] surname, int place, String[] grandfather) {
        List<Person> members = new ArrayList<>();
        members.add(head);
        Set<String> names = new HashSet<>();
        names.add(head.given[0]);
        if (random.nextDouble() < 0.85) {
            Person wife = adult(surname, false, draws.given(true), head.year + random.nextInt(7) - 4, place);
            names.add(wife.given[0]);
            members.add(wife);
        }
        int children = random.nextInt(5);
        boolean firstSon = true;
        for (int c = 0; c < children; c++) {
            int year = head.year + 20 + random.nextInt(18);
            if (year > 2023) continue;
            boolean male = random.nextBoolean();
            Person child = person(surname, male, head.given, year, place);
            if (male && firstSon && random.nextDouble() < 0.45) child.given = grandfather; // after his grandfather
            if (male) firstSon = false;
            for (int t = 0; names.contains(child.given[0]) && t < 5; t++) {
                child.given = draws.given(male);
            }
            names.add(child.given[0]);
            members.add(child);
            if (random.nextDouble() < 0.03) { // twins: everything shared but the given name
                Person twin = person(surname, random.nextBoolean(), head.given, year, place);
                twin.month = child.month;
                twin.day = child.day;
                twin.birth = child.birth;
                twin.phone = child.phone;
                for (int t = 0; names.contains(twin.given[0]) && t < 5; t++) {
                    twin.given = draws.given(twin.male);
                }
                names.add(twin.given[0]);
                members.add(twin);
            }
        }
        return members;
    }

    private Person adult(String[] surname, boolean male, String[] father, int year, int place) {
        Person p = person(surname, male, father, year, place);
        // An injected namesake: someone of another family with the same names and birth year.
        List<Person> same = recentBySurname.get(surname[0]);
        if (same != null && !same.isEmpty() && random.nextDouble() < 0.08) {
            Person other = same.get(random.nextInt(same.size()));
            if (other.male == male) {
                p.given = other.given;
                p.year = other.year;
            }
        }
        List<Person> pool = recentBySurname.computeIfAbsent(surname[0], k -> new ArrayList<>());
        pool.add(p);
        if (pool.size() > 200) pool.remove(random.nextInt(pool.size()));
        return p;
    }

    private Person person(String[] surname, boolean male, String[] father, int year, int place) {
        int age = 2023 - year;
        Person p = draws.person(surname, male, father, year, place, age >= 16 && random.nextDouble() < 0.8 ? draws.phone() : null);
        double b = random.nextDouble();
        p.birth = b < YEAR_ONLY ? Person.BirthKnown.YEAR : b < YEAR_ONLY + BIRTH_UNKNOWN ? Person.BirthKnown.NONE
                : Person.BirthKnown.FULL;
        p.entity = "E" + (++entity);
        persons.add(p);
        return p;
    }

    /**
     * The household registers together (one clerk, mostly one spelling; those without their own
     * phone, or who do not give it, give the household's); sometimes again, in part; and some
     * people register once more on their own.
     */
    private void register(List<Person> household, List<String[]> rows) {
        Set<Person> seen = new HashSet<>();
        String contact = household.get(0).phone != null ? household.get(0).phone
                : household.size() > 1 && household.get(1).phone != null ? household.get(1).phone : draws.phone();
        event(household, rows, contact, 0.98, seen);
        if (random.nextDouble() < 0.22) event(household, rows, contact, 0.75, seen);
        for (Person p : household) {
            double x = random.nextDouble();
            int extra = x < 0.10 ? 1 : x < 0.13 ? 2 : 0;
            for (int k = 0; k < extra; k++) {
                rows.add(renderer.render(p, seen.add(p), random.nextInt(4), phoneGiven(p, contact)));
            }
        }
    }

    private void event(List<Person> household, List<String[]> rows, String contact, double present, Set<Person> seen) {
        int spelling = random.nextInt(4);
        for (Person p : household) {
            if (random.nextDouble() >= present) continue;
            int s = random.nextDouble() < 0.85 ? spelling : random.nextInt(4);
            rows.add(renderer.render(p, seen.add(p), s, phoneGiven(p, contact)));
        }
    }

    /** Mostly one's own phone; the household's for those without one (children), or who give it instead. */
    private String phoneGiven(Person p, String contact) {
        String phone = p.phone != null ? (random.nextDouble() < 0.88 ? p.phone : contact)
                : random.nextDouble() < 0.55 ? contact : null;
        if (phone != null) {
            phonesGiven++;
            if (!phone.equals(p.phone)) relativesPhones++;
        }
        return phone;
    }
}
