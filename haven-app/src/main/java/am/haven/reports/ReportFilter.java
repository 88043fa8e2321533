package am.haven.reports;

import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import am.haven.support.Timestamps;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which registrations a report counts: registered on local days {@code from}..{@code to} (both
 * included, either may be open), from an origin {@code region} and at a registration {@code point}
 * (null = all).
 */
public record ReportFilter(LocalDate from, LocalDate to, String region, String point) {

    /** Longest range a report may span, so a typo like 0023 cannot ask for 2,000 years of empty days. */
    static final int MAX_DAYS = 3660;

    public static final ReportFilter ALL = new ReportFilter(null, null, null, null);

    /** Parses request parameters, reporting every bad one at once. */
    public static ReportFilter parse(String from, String to, String region, String point) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate f = date("from", from, problems);
        LocalDate t = date("to", to, problems);
        if (f != null && t != null && t.isBefore(f)) problems.add(new FieldProblem("to", "must not be before from"));
        if (f != null && t != null && ChronoUnit.DAYS.between(f, t) > MAX_DAYS) {
            problems.add(new FieldProblem("to", "must be at most " + MAX_DAYS + " days after from"));
        }
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        return new ReportFilter(f, t, blankToNull(region), blankToNull(point));
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date YYYY-MM-DD, not '" + text + "'"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The same filter up to and including {@code day}, from the start. */
    public ReportFilter upTo(LocalDate day) {
        return new ReportFilter(null, day, region, point);
    }

    /** The same filter for one day. */
    public ReportFilter on(LocalDate day) {
        return new ReportFilter(day, day, region, point);
    }

    /** First instant counted, as stored text, or null when open. */
    String fromInstant(ZoneId zone) {
        return from == null ? null : Timestamps.format(from.atStartOfDay(zone).toInstant());
    }

    /** First instant no longer counted, as stored text, or null when open. */
    String toInstantExclusive(ZoneId zone) {
        return to == null ? null : Timestamps.format(to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
