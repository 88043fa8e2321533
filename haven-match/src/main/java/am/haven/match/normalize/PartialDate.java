package am.haven.match.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date of which only some parts may be known; 0 marks an unknown month or day. Parts are kept
 * as typed even when out of range (FEBRL has month 14), since a typed 14 still agrees with a typed 14.
 * Years follow ISO 8601's astronomical numbering with an optional sign, so historical records
 * ({@code 1630-08-01}, {@code -0050} for 51 BCE) are dates; year 0 is not accepted, since in registers
 * an all-zero date ({@code 00.00.0000}) is a placeholder typed for "unknown", not a year.
 *
 * <p>{@link #parse} reads what files hold, leniently, for matching; {@link #parseIso} reads what a
 * register stores and a clerk may type, strictly. {@link #toString()} writes the stored form.
 */
public record PartialDate(int year, int month, int day) {
    private static final Pattern ISO = Pattern.compile("([-+]?\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern STORED = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** Where in its year an unknown month or day is taken to fall, as {@code month * 100 + day}: the middle. */
    private static final int MID_YEAR = 701, MID_MONTH_DAY = 15;

    /**
     * Parses {@code YYYYMMDD}, {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, {@code DD.MM.YYYY}
     * or {@code MM.YYYY} (any of - / . as separator; a time after a space or T is ignored); the ISO
     * forms may carry a sign ({@code -0050-01-01}). Blank and "unknown"-like values give null.
     *
     * @throws MalformedDateException when the text is none of these, or its year is 0
     */
    public static PartialDate parse(String raw) {
        if (raw == null) return null;
        String s = raw.trim();
        int cut = s.indexOf('T') > 0 ? s.indexOf('T') : s.indexOf(' ');
        if (cut > 0) s = s.substring(0, cut);
        if (s.isEmpty() || isUnknown(s)) return null;
        PartialDate d = parts(s);
        if (d == null) throw new MalformedDateException(raw);
        if (d.year == 0) throw new MalformedDateException(raw, "year 0: an all-zero date is a placeholder, not a date");
        return d;
    }

    private static PartialDate parts(String s) {
        PartialDate fast = fast(s);
        if (fast != null) return fast;
        Matcher m;
        if ((m = COMPACT.matcher(s)).matches()) return of(m.group(1), m.group(2), m.group(3));
        if ((m = ISO.matcher(s)).matches()) return of(m.group(1), m.group(2), m.group(3));
        if ((m = DAY_FIRST.matcher(s)).matches()) return of(m.group(3), m.group(2), m.group(1));
        if ((m = MONTH_YEAR.matcher(s)).matches()) return of(m.group(2), m.group(1), null);
        return null;
    }

    // YYYYMMDD and YYYY-MM-DD without regular expressions: the shapes of almost every row.
    private static PartialDate fast(String s) {
        if (s.length() == 8 && digits(s, 0, 8)) {
            return of(s.substring(0, 4), s.substring(4, 6), s.substring(6, 8));
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
                && digits(s, 8, 10)) {
            return of(s.substring(0, 4), s.substring(5, 7), s.substring(8, 10));
        }
        if (s.length() == 10 && s.charAt(2) == '.' && s.charAt(5) == '.' && digits(s, 0, 2) && digits(s, 3, 5)
                && digits(s, 6, 10)) {
            return of(s.substring(6, 10), s.substring(3, 5), s.substring(0, 2));
        }
        return null;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static boolean isUnknown(String s) {
        return Placeholders.isUnknown(s) || s.equals("0");
    }

    private static PartialDate of(String y, String m, String d) {
        int year = Integer.parseInt(y.startsWith("+") ? y.substring(1) : y);
        return new PartialDate(year, m == null ? 0 : Integer.parseInt(m), d == null ? 0 : Integer.parseInt(d));
    }

    /**
     * Reads the stored forms only, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (surrounding
     * spaces ignored), of a day that exists: what a register keeps and its desk accepts.
     *
     * @throws MalformedDateException worded for a clerk: "must be YYYY, YYYY-MM or YYYY-MM-DD, not '…'"
     *         for another shape, "is not a real date: '…'" for a month or day that does not exist
     */
    public static PartialDate parseIso(String text) {
        Matcher m = STORED.matcher(text.trim());
        if (!m.matches()) {
            throw new MalformedDateException("must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'", (Throwable) null);
        }
        PartialDate d = of(m.group(1), m.group(2), m.group(3));
        try {
            if (m.group(2) != null) LocalDate.of(d.year, d.month, m.group(3) == null ? 1 : d.day);
        } catch (DateTimeException e) {
            throw new MalformedDateException("is not a real date: '" + text + "'", e);
        }
        return d;
    }

    /** The earliest day this date could be; a date with a month or day out of range has none. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** True if even the earliest possible day lies after {@code today}. */
    public boolean isAfter(LocalDate today) {
        return earliest().isAfter(today);
    }

    /**
     * Haven's one age rule: whole years on {@code on}, never below 0. A date known only to the year
     * counts as born on 1 July, one known to the month on the 15th (the middle of the range). Birthdays
     * compare by month and day, so one born on 29 February turns a year older on 1 March in a common
     * year. The reports view {@code report_person} (haven-app's migration V45) computes the same in SQL.
     */
    public int ageOn(LocalDate on) {
        int birthday = month == 0 ? MID_YEAR : month * 100 + (day == 0 ? MID_MONTH_DAY : day);
        int age = on.getYear() - year - (on.getMonthValue() * 100 + on.getDayOfMonth() < birthday ? 1 : 0);
        return Math.max(age, 0);
    }

    /**
     * {@link #ageOn(LocalDate)} of a birth date in its stored form ({@link #parseIso}), as a register
     * holds it; empty when the birth date is missing, blank or not in that form.
     */
    public static OptionalInt ageOn(String birthDate, LocalDate on) {
        if (birthDate == null || birthDate.isBlank()) return OptionalInt.empty();
        try {
            return OptionalInt.of(parseIso(birthDate).ageOn(on));
        } catch (MalformedDateException e) {
            return OptionalInt.empty();
        }
    }

    /** The stored form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as far as the date is known. */
    @Override
    public String toString() {
        String y = year < 0 ? String.format("-%04d", -year) : String.format("%04d", year);
        if (month == 0) return y;
        if (day == 0) return y + String.format("-%02d", month);
        return y + String.format("-%02d-%02d", month, day);
    }

    /** True when month and day are both known. */
    public boolean isFull() {
        return month != 0 && day != 0;
    }

    /** Thrown for a date that none of the accepted forms can read. */
    public static class MalformedDateException extends am.haven.match.MatchException {
        public MalformedDateException(String raw) {
            super("not a date: '" + raw + "' (expected YYYYMMDD, YYYY-MM-DD, YYYY-MM, YYYY or DD.MM.YYYY)");
        }

        MalformedDateException(String raw, String why) {
            super("not a date: '" + raw + "' (" + why + ")");
        }

        private MalformedDateException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
