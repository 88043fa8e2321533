package am.haven.reports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts identities (distinct real persons after de-duplication) among the person records a
 * filter selects, through the {@code report_person_identity} view over de-duplication's
 * identities. A record de-duplication has not matched yet counts as an identity of its own, so
 * the count never falls below what is known and equals the record count before any match.
 */
@Component
class DistinctPersons {

    private final JdbcClient jdbc;

    DistinctPersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(ReportRepository.Where where) {
        return jdbc.sql("SELECT COUNT(DISTINCT COALESCE(i.identity_id, report_person.person_id)) FROM report_person"
                        + " LEFT JOIN report_person_identity i ON i.person_id = report_person.person_id" + where.sql())
                .params(where.params())
                .query(Long.class).single();
    }
}
