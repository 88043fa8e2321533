package am.haven.match.normalize;

import java.util.Locale;

/** Sex codes in English, Russian and Armenian to "m", "f" or another folded value. */
public final class Sexes {
    private Sexes() {}

    /** "m", "f", another folded value, or null when blank. */
    public static String code(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("m") || s.startsWith("м") || s.startsWith("ա") || s.equals("1") || s.equals("h")) {
            return "m";
        }
        if (s.startsWith("f") || s.startsWith("w") || s.startsWith("ж") || s.startsWith("ի") || s.equals("2")) {
            return "f";
        }
        return Fold.compact(raw);
    }
}
