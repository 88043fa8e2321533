package am.haven.tracing;

import am.haven.registration.PartialDate;
import java.time.LocalDate;

/** The humanitarian age bands (0–4, 5–11, 12–17, 18–59, 60+): all the public may learn of an age. */
final class AgeBands {

    private AgeBands() {}

    /** The band of someone born on {@code birthDate} (YYYY, YYYY-MM or YYYY-MM-DD), or null when unknown. */
    static String of(String birthDate, LocalDate today) {
        if (birthDate == null || birthDate.isBlank()) return null;
        int age;
        try {
            age = PartialDate.parse(birthDate).ageOn(today);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (age < 5) return "0-4";
        if (age < 12) return "5-11";
        if (age < 18) return "12-17";
        if (age < 60) return "18-59";
        return "60+";
    }
}
