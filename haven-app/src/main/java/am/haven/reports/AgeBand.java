package am.haven.reports;

import java.util.Arrays;

/** The humanitarian age bands (0–4, 5–11, 12–17, 18–59, 60+) and "unknown" for a missing birth date. */
public enum AgeBand {
    UNDER_5("0-4", "infants"),
    FROM_5_TO_11("5-11", "children"),
    FROM_12_TO_17("12-17", "adolescents"),
    FROM_18_TO_59("18-59", "adults"),
    FROM_60("60+", "elderly"),
    UNKNOWN("unknown", "age_unknown");

    private final String code;
    private final String hxlAttribute;

    AgeBand(String code, String hxlAttribute) {
        this.code = code;
        this.hxlAttribute = hxlAttribute;
    }

    /** The label used in JSON, exports and the {@code report_person.age_band} column. */
    public String code() {
        return code;
    }

    /** The HXL attribute for this band, e.g. {@code children}. */
    public String hxlAttribute() {
        return hxlAttribute;
    }

    /** The band of an age in whole years; null means unknown. */
    public static AgeBand ofAge(Integer years) {
        if (years == null) return UNKNOWN;
        if (years < 5) return UNDER_5;
        if (years < 12) return FROM_5_TO_11;
        if (years < 18) return FROM_12_TO_17;
        if (years < 60) return FROM_18_TO_59;
        return FROM_60;
    }

    public static AgeBand ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no age band '" + code + "'"));
    }
}
