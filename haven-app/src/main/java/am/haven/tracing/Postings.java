package am.haven.tracing;

import java.util.ArrayList;
import java.util.List;

/**
 * The persons (index slots) carrying each vocabulary word. A common word's persons are also kept
 * by birth year, so a query with a birth year can read only the persons born near it: Grigoryan
 * has tens of thousands of persons at 1,000,000, a few hundred per year. Not thread-safe:
 * {@link SearchIndex} guards it.
 */
final class Postings {

    /** Words with at least this many persons are also kept by birth year. */
    static final int SPLIT_AT = 512;
    private static final int FIRST_YEAR = 1880, YEARS = 170;

    private final List<IntList> all = new ArrayList<>();
    private final List<IntList[]> byYear = new ArrayList<>();

    void add(int word, int slot, int year) {
        while (all.size() <= word) {
            all.add(new IntList());
            byYear.add(null);
        }
        all.get(word).add(slot);
        IntList[] years = byYear.get(word);
        if (years != null) bucket(years, year).add(slot);
    }

    /** Keeps {@code word}'s persons by year once it is common; {@code yearOf} gives a slot's birth year. */
    void splitIfCommon(int word, java.util.function.IntUnaryOperator yearOf) {
        if (byYear.get(word) != null || all.get(word).size() < SPLIT_AT) return;
        IntList[] years = new IntList[YEARS + 1];
        IntList slots = all.get(word);
        for (int i = 0; i < slots.size(); i++) bucket(years, yearOf.applyAsInt(slots.get(i))).add(slots.get(i));
        byYear.set(word, years);
    }

    void remove(int word, int slot, int year) {
        all.get(word).removeValue(slot);
        IntList[] years = byYear.get(word);
        if (years != null) bucket(years, year).removeValue(slot);
    }

    int size(int word) {
        return word < all.size() ? all.get(word).size() : 0;
    }

    boolean known(int word) {
        return word >= 0 && word < all.size();
    }

    IntList all(int word) {
        return all.get(word);
    }

    /** True when {@code word}'s persons are also kept by year. */
    boolean byYear(int word) {
        return byYear.get(word) != null;
    }

    /**
     * The persons of a word kept by year, born {@code min} to {@code max} years from {@code year};
     * persons without a birth year (or with one outside the years kept) count as born in it.
     */
    List<IntList> years(int word, int year, int min, int max) {
        IntList[] years = byYear.get(word);
        List<IntList> out = new ArrayList<>();
        for (int b = 0; b <= YEARS; b++) {
            if (years[b] == null) continue;
            int distance = b == 0 ? 0 : Math.abs(FIRST_YEAR + b - 1 - year);
            if (distance >= min && distance <= max) out.add(years[b]);
        }
        return out;
    }

    // Bucket 0 holds persons without a birth year, or with one outside the range kept.
    private static IntList bucket(IntList[] years, int year) {
        int b = year < FIRST_YEAR || year >= FIRST_YEAR + YEARS ? 0 : year - FIRST_YEAR + 1;
        if (years[b] == null) years[b] = new IntList();
        return years[b];
    }
}
