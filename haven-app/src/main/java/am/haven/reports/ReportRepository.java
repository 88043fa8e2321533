package am.haven.reports;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates over the views meant for reports ({@code report_person}, {@code report_person_need},
 * {@code report_household}); never a row that names anyone. Days are grouped by UTC hour here and
 * folded into the report's local days by the caller, so any zone with whole-hour offsets is exact.
 */
@Repository
class ReportRepository {

    /** Persons registered in one UTC hour ({@code 2023-09-27T10}) at one point, of one sex and age band. */
    record PersonGroup(String hour, String point, String sex, String ageBand, long persons) {}

    record NeedGroup(String need, long persons) {}

    record SettlementGroup(String region, String settlement, long persons) {}

    record SizeGroup(int size, long households) {}

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PersonGroup> personGroups(Where where) {
        return jdbc.sql("SELECT SUBSTR(registered_at, 1, 13) AS hour, registration_point, sex, age_band, COUNT(*) AS n"
                        + " FROM report_person" + where.sql
                        + " GROUP BY SUBSTR(registered_at, 1, 13), registration_point, sex, age_band")
                .params(where.params)
                .query((rs, i) -> new PersonGroup(rs.getString(1), rs.getString(2), rs.getString(3).trim(),
                        rs.getString(4), rs.getLong(5)))
                .list();
    }

    List<NeedGroup> needGroups(Where where) {
        return jdbc.sql("SELECT need, COUNT(*) FROM report_person_need" + where.sql + " GROUP BY need")
                .params(where.params)
                .query((rs, i) -> new NeedGroup(rs.getString(1), rs.getLong(2)))
                .list();
    }

    List<SettlementGroup> settlementGroups(Where where) {
        return jdbc.sql("SELECT origin_region, origin_settlement, COUNT(*) FROM report_person" + where.sql
                        + " GROUP BY origin_region, origin_settlement")
                .params(where.params)
                .query((rs, i) -> new SettlementGroup(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Households registered in the filter's range, by their current number of members. */
    List<SizeGroup> householdSizes(Where where) {
        return jdbc.sql("SELECT size, COUNT(*) FROM report_household" + where.sql + " GROUP BY size ORDER BY size")
                .params(where.params)
                .query((rs, i) -> new SizeGroup(rs.getInt(1), rs.getLong(2)))
                .list();
    }

    List<String> registrationPoints() {
        return jdbc.sql("SELECT DISTINCT registration_point FROM report_household ORDER BY registration_point")
                .query(String.class).list();
    }

    List<String> originRegions() {
        return jdbc.sql("SELECT DISTINCT origin_region FROM report_household WHERE origin_region IS NOT NULL ORDER BY origin_region")
                .query(String.class).list();
    }

    /** A WHERE clause over the report views' common columns, with its parameters. */
    record Where(String sql, List<Object> params) {

        static Where of(ReportFilter f, java.time.ZoneId zone) {
            List<String> terms = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            String from = f.fromInstant(zone);
            String to = f.toInstantExclusive(zone);
            if (from != null) {
                terms.add("registered_at >= ?");
                params.add(from);
            }
            if (to != null) {
                terms.add("registered_at < ?");
                params.add(to);
            }
            if (f.point() != null) {
                terms.add("registration_point = ?");
                params.add(f.point());
            }
            if (f.region() != null) {
                terms.add("origin_region = ?");
                params.add(f.region());
            }
            return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), List.copyOf(params));
        }
    }
}
