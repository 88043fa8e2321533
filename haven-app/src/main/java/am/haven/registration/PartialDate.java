package am.haven.registration;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A birth date known to the year, the month or the day: {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}. Stored as that text, which sorts and compares by prefix.
 */
public record PartialDate(int year, Integer month, Integer day) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Parses the three accepted forms; throws {@link IllegalArgumentException} with a readable reason. */
    public static PartialDate parse(String text) {
        String t = text.trim();
        try {
            if (YEAR.matcher(t).matches()) {
                return new PartialDate(Integer.parseInt(t), null, null);
            }
            if (YEAR_MONTH.matcher(t).matches()) {
                YearMonth ym = YearMonth.parse(t);
                return new PartialDate(ym.getYear(), ym.getMonthValue(), null);
            }
            if (DAY.matcher(t).matches()) {
                LocalDate d = LocalDate.parse(t);
                return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real date: '" + text + "'");
        }
        throw new IllegalArgumentException("must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
    }

    /** The earliest day this date could be. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** True if even the earliest possible day lies after {@code today}. */
    public boolean isAfter(LocalDate today) {
        return earliest().isAfter(today);
    }

    /** Age in whole years on {@code on}, counting an unknown month or day as the middle of the range. */
    public int ageOn(LocalDate on) {
        LocalDate assumed = LocalDate.of(year, month == null ? 7 : month, day == null ? (month == null ? 1 : 15) : day);
        int age = on.getYear() - assumed.getYear();
        if (on.getDayOfYear() < assumed.getDayOfYear()) age--;
        return Math.max(age, 0);
    }

    @Override
    public String toString() {
        if (month == null) return String.format("%04d", year);
        if (day == null) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
