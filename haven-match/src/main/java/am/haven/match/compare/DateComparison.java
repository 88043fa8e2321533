package am.haven.match.compare;

import am.haven.match.FieldType;
import am.haven.match.normalize.PartialDate;

import java.util.List;

/**
 * Birth dates, often partial or mistyped. Levels: exact, compatible partial date (one side known only
 * to the year or month, and the known parts agree), day and month swapped, same year and month,
 * same year, year ± 1, else.
 */
public final class DateComparison implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "partial date agrees", "day and month swapped",
            "same year and month", "same year", "year +-1", "else");
    /** The last level at which the two years are the same (levels 0 to this one). */
    public static final int SAME_YEAR = 4;
    private final String field;
    private final ValueCache cache = new ValueCache();

    public DateComparison(String field) {
        this.field = field;
    }

    @Override public String field() { return field; }
    @Override public FieldType type() { return FieldType.BIRTH_DATE; }
    @Override public List<String> levels() { return LEVELS; }

    /** @throws PartialDate.MalformedDateException for text that is not a date */
    @Override
    public Object prepare(String raw) {
        return cache.get(raw, PartialDate::parse);
    }

    @Override
    public int level(Object x, Object y) {
        PartialDate a = (PartialDate) x, b = (PartialDate) y;
        if (a.equals(b)) return a.isFull() ? 0 : 1;
        if (a.year() == b.year()) {
            if (!a.isFull() || !b.isFull()) {
                boolean monthsAgree = a.month() == 0 || b.month() == 0 || a.month() == b.month();
                boolean daysAgree = a.day() == 0 || b.day() == 0 || a.day() == b.day();
                if (monthsAgree && daysAgree) return 1;
            }
            if (a.isFull() && b.isFull() && a.month() == b.day() && a.day() == b.month()) return 2;
            if (a.month() == b.month() && a.month() != 0) return 3;
            return 4;
        }
        return Math.abs(a.year() - b.year()) == 1 ? 5 : 6;
    }

    @Override
    public List<String> blockingKeys(Object value) {
        PartialDate d = (PartialDate) value;
        if (!d.isFull()) return List.of();
        // Day and month sorted, so a swapped date lands in the same block.
        int lo = Math.min(d.month(), d.day()), hi = Math.max(d.month(), d.day());
        return List.of(d.year() + "." + lo + "." + hi);
    }

    /** The year alone, for rules that pair it with a name. */
    public static String yearKey(Object value) {
        return value == null ? null : Integer.toString(((PartialDate) value).year());
    }
}
