package am.haven.reports;

import java.util.List;
import java.util.Map;

/**
 * Haven's own counts for a filter. {@code persons} and {@code registrations} count person records
 * (a person registered twice counts twice); {@code distinctPersons} counts identities after
 * de-duplication; {@code households} counts households registered in the range. Every breakdown
 * counts person records. Exact figures: small counts are suppressed only in exports.
 */
public record Summary(
        String from,
        String to,
        String zone,
        String region,
        String point,
        long registrations,
        long persons,
        long distinctPersons,
        long households,
        Map<String, Long> bySex,
        Map<String, Long> byAgeBand,
        Map<String, Map<String, Long>> bySexAndAgeBand,
        Map<String, Long> byRegistrationPoint,
        List<DayCount> arrivalsByDay) {

    /** Person records registered on one local day. */
    public record DayCount(String date, long persons) {}
}
