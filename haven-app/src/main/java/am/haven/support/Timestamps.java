package am.haven.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants stored as fixed-width ISO-8601 UTC text ({@code 2023-09-27T10:15:30.123Z}), which sorts
 * correctly as text on SQLite and PostgreSQL alike and keeps one set of migrations.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }

    public static String now() {
        return format(Instant.now());
    }
}
