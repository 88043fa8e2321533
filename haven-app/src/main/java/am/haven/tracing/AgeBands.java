package am.haven.tracing;

import am.haven.match.normalize.PartialDate;
import am.haven.reports.AgeBand;
import java.time.LocalDate;
import java.util.OptionalInt;

/** The humanitarian age bands (0–4, 5–11, 12–17, 18–59, 60+): all the public may learn of an age. */
final class AgeBands {

    private AgeBands() {}

    /** The band of someone born on {@code birthDate} (YYYY, YYYY-MM or YYYY-MM-DD), or null when unknown. */
    static String of(String birthDate, LocalDate today) {
        OptionalInt age = PartialDate.ageOn(birthDate, today);
        return age.isEmpty() ? null : AgeBand.ofAge(age.getAsInt()).code();
    }
}
