package am.haven.tracing;

import java.util.Arrays;
import java.util.Locale;

/** Where a tracing case stands. Stored and sent by its lower-case {@link #code()}. */
public enum CaseStatus {
    OPEN, LOCATED, REUNITED, CLOSED, DECEASED_CONFIRMED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this code (case-insensitive), or null when there is none. */
    public static CaseStatus ofCode(String code) {
        if (code == null) return null;
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code.trim())).findFirst().orElse(null);
    }
}
