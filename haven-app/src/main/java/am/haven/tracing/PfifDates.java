package am.haven.tracing;

import am.haven.support.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** PFIF's UTC timestamps ({@code 2000-01-16T02:07:57Z}, no fractions) to and from Haven's stored form. */
final class PfifDates {

    private static final DateTimeFormatter PFIF =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private PfifDates() {}

    /** A stored instant as PFIF writes it; null stays null. */
    static String toPfif(String stored) {
        return stored == null ? null : PFIF.format(Timestamps.parse(stored).truncatedTo(ChronoUnit.SECONDS));
    }

    /** A PFIF timestamp (or any ISO instant or offset date-time) as stored; null when unreadable. */
    static String fromPfif(String text) {
        Instant i = parse(text);
        return i == null ? null : Timestamps.format(i);
    }

    /** An instant from an ISO date ({@code 2023-09-25}, taken as UTC midnight) or date-time; null when unreadable. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
