package am.haven.reports;

import org.springframework.stereotype.Component;

/**
 * Counts identities (distinct persons after de-duplication) among the person records a filter
 * selects. De-duplication ({@code am.haven.dedup}) is not on main yet, so every person record is
 * its own identity and the count equals the number of records; this is the one place to switch to
 * de-duplication's identity view when it lands.
 */
@Component
class DistinctPersons {

    long count(ReportRepository.Where where, long personRecords) {
        return personRecords;
    }
}
