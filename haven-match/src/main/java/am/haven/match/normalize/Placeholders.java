package am.haven.match.normalize;

import java.util.Locale;
import java.util.Set;

/** Words clerks type for "unknown": read as missing without complaint, unlike values that are wrong. */
public final class Placeholders {
    private static final Set<String> UNKNOWN = Set.of("na", "n/a", "n.a.", "null", "none", "unknown", "-", "--", "?",
            "нет", "неизвестно", "չկա", "անհայտ");

    private Placeholders() {}

    /** True for a placeholder such as "n/a", "unknown", "-" or "?" (any case, trimmed). */
    public static boolean isUnknown(String raw) {
        return raw != null && UNKNOWN.contains(raw.trim().toLowerCase(Locale.ROOT));
    }
}
