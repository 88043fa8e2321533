package am.haven.dedup;

import am.haven.match.Candidate;
import am.haven.match.Contribution;
import java.util.Set;

/**
 * When a machine may join two records without a person looking. A high score is not enough when
 * the given name, family name or birth date disagrees outright: twins share everything but the
 * given name, sons are named after grandfathers, and such pairs can outscore the threshold on
 * shared surname, phone and place. They go to review instead.
 */
final class AutoLinkPolicy {

    private static final Set<String> MUST_NOT_DISAGREE =
            Set.of(PersonRecords.GIVEN_NAME, PersonRecords.FAMILY_NAME, PersonRecords.BIRTH_DATE);

    private AutoLinkPolicy() {}

    /** True when the candidate is above {@code threshold} and no decisive field disagrees. */
    static boolean mayJoin(Candidate c, double threshold) {
        return c.probability() >= threshold && !hasDecisiveDisagreement(c);
    }

    static boolean hasDecisiveDisagreement(Candidate c) {
        if (c.explanation() == null) return false;
        for (Contribution part : c.explanation()) {
            if (MUST_NOT_DISAGREE.contains(part.comparison()) && "else".equals(part.level())) return true;
        }
        return false;
    }
}
