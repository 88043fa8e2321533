package am.haven.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stored times (UTC instants) as a reader expects them: "2023-09-27 14:05" on the installation's
 * clock (the zone reports count days in, {@code haven.reports.zone}, Asia/Yerevan by default).
 * Pages call it as {@code ${@times.local(...)}}.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    Times(@Value("${haven.reports.zone:Asia/Yerevan}") ZoneId zone) {
        this.zone = zone;
    }

    /** The instant to the minute in the installation's zone; null stays null, text that is no instant stays as it is. */
    public String local(String instant) {
        if (instant == null || instant.isBlank()) return null;
        try {
            return MINUTES.format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
