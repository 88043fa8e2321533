package am.haven.match.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date of which only some parts may be known; 0 marks an unknown month or day. Parts are kept
 * as typed even when out of range (FEBRL has month 14), since a typed 14 still agrees with a typed 14.
 * Years follow ISO 8601's astronomical numbering with an optional sign, so historical records
 * ({@code 1630-08-01}, {@code -0050} for 51 BCE) are dates; year 0 is not accepted, since in registers
 * an all-zero date ({@code 00.00.0000}) is a placeholder typed for "unknown", not a year.
 */
public record PartialDate(int year, int month, int day) {
    private static final Pattern ISO = Pattern.compile("([-+]?\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");

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
    }
}
