package am.haven.reports;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.match.normalize.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports view {@code report_person} computes ages in SQL; they must be the ages Java's one rule,
 * {@link PartialDate#ageOn(LocalDate)}, gives on the day of registration. The persons are written and
 * read in one transaction that is rolled back, so no other test counts them.
 */
abstract class ReportAgeRuleContract {

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager txManager;

    /** Birth date, then day of registration: the edges of the rule. */
    private static final String[][] CASES = {
        {"2000-05-10", "2023-05-10"}, {"2000-05-10", "2023-05-09"},             // birthday today, tomorrow
        {"2004-02-29", "2023-02-28"}, {"2004-02-29", "2023-03-01"},             // 29 February in a common year
        {"2004-02-29", "2024-02-28"}, {"2004-02-29", "2024-02-29"},             // and in a leap year
        {"2004-03-01", "2023-03-01"}, {"2004-12-31", "2023-12-31"},             // born in a leap year, after February
        {"2005-01-01", "2023-12-31"},
        {"2004", "2023-06-30"}, {"2004", "2023-07-01"}, {"2004", "2024-07-01"}, // year only: 1 July
        {"2004-08", "2023-08-14"}, {"2004-08", "2023-08-15"},                   // year and month: the 15th
        {"2023", "2023-03-01"}, {"2023-09", "2023-09-01"},                      // mid-range after registration: 0
        {"1963-09-27", "2023-09-27"}, {"1963-09-27", "2023-09-26"},             // 60+ starts on the birthday
        {"2018-09-27", "2023-09-27"}, {"2018-09-27", "2023-09-26"},             // 5-11 too
    };

    @Test
    void the_view_gives_every_person_the_age_and_band_of_the_java_rule() {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> viewed = new LinkedHashMap<>();
        new TransactionTemplate(txManager).executeWithoutResult(status -> {
            String household = household();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < CASES.length; i++) {
                String birth = CASES[i][0];
                LocalDate on = LocalDate.parse(CASES[i][1]);
                String id = person(household, i, birth, on);
                int age = PartialDate.parseIso(birth).ageOn(on);
                expected.put(id, "born " + birth + ", registered " + on + ": " + age + " " + AgeBand.ofAge(age).code());
                ids.add(id);
            }
            String unknown = person(household, CASES.length, null, LocalDate.parse("2023-09-27"));
            expected.put(unknown, "born null, registered 2023-09-27: null " + AgeBand.ofAge(null).code());
            jdbc.sql("SELECT person_id, age_years, age_band, registered_at FROM report_person WHERE household_id = ?")
                    .param(household)
                    .query((rs, n) -> {
                        String id = rs.getString(1);
                        Object years = rs.getObject(2);
                        int i = ids.indexOf(id);
                        String birth = i < 0 ? null : CASES[i][0];
                        viewed.put(id, "born " + birth + ", registered " + rs.getString(4).substring(0, 10) + ": "
                                + (years == null ? "null" : ((Number) years).intValue()) + " " + rs.getString(3));
                        return id;
                    }).list();
            status.setRollbackOnly();
        });
        assertThat(viewed).containsExactlyInAnyOrderEntriesOf(expected);
    }

    private String household() {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO household (id, number, registration_point, registered_by, registered_at, updated_at, version,
                    consent_assistance, consent_tracing, consent_sharing)
                VALUES (?, ?, 'Goris', 'age-rule-test', '2023-09-27T10:00:00.000Z', '2023-09-27T10:00:00.000Z', 1, ?, ?, ?)""")
                .params(id, "A" + id.substring(0, 8), false, false, false).update();
        return id;
    }

    private String person(String household, int position, String birthDate, LocalDate registered) {
        String id = UUID.randomUUID().toString();
        String at = registered + "T10:00:00.000Z";
        jdbc.sql("""
                INSERT INTO person (id, household_id, position, given_name, family_name, given_name_latin, family_name_latin,
                    given_name_key, family_name_key, sex, birth_date, birth_year, birth_date_estimated, relationship,
                    created_at, updated_at, version)
                VALUES (?, ?, ?, 'Ani', 'Sargsyan', 'Ani', 'Sargsyan', 'ani', 'sargsyan', 'F', ?, ?, ?, 'OTHER', ?, ?, 1)""")
                .params(id, household, position, birthDate, birthDate == null ? null : Integer.valueOf(birthDate.substring(0, 4)),
                        false, at, at)
                .update();
        return id;
    }
}
