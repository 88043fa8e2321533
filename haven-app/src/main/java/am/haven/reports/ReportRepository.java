package am.haven.reports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the report counts that {@link ReportCounts} keeps by local day (a few thousand rows
 * however many persons are registered), and the few repeat records that distinct-person counts
 * need; never a row that names anyone.
 */
@Repository
class ReportRepository {

    /** Persons registered on one local day at one point, of one sex and age band, and how many of them are first of their identity. */
    record PersonGroup(String day, String point, String sex, String ageBand, long persons, long firsts) {}

    record NeedGroup(String need, long persons) {}

    record SettlementGroup(String region, String settlement, long persons) {}

    record SizeGroup(int size, long households) {}

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PersonGroup> personGroups(Where where) {
        return jdbc.sql("SELECT day, registration_point, sex, age_band, SUM(persons), SUM(firsts)"
                        + " FROM report_person_count" + where.counts()
                        + " GROUP BY day, registration_point, sex, age_band HAVING SUM(persons) > 0")
                .params(where.countParams())
                .query((rs, i) -> new PersonGroup(rs.getString(1), rs.getString(2), rs.getString(3).trim(),
                        rs.getString(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    List<NeedGroup> needGroups(Where where) {
        return jdbc.sql("SELECT need, SUM(persons) FROM report_need_count" + where.counts() + " GROUP BY need")
                .params(where.countParams())
                .query((rs, i) -> new NeedGroup(rs.getString(1), rs.getLong(2)))
                .list();
    }

    List<SettlementGroup> settlementGroups(Where where) {
        return jdbc.sql("SELECT origin_region, origin_settlement, SUM(persons) FROM report_settlement_count" + where.counts()
                        + " GROUP BY origin_region, origin_settlement HAVING SUM(persons) > 0")
                .params(where.countParams())
                .query((rs, i) -> new SettlementGroup(nullIfBlank(rs.getString(1)), nullIfBlank(rs.getString(2)),
                        rs.getLong(3)))
                .list();
    }

    /** Households registered in the filter's range, by their current number of members. */
    List<SizeGroup> householdSizes(Where where) {
        return jdbc.sql("SELECT size, SUM(households) FROM report_household_count" + where.counts()
                        + " GROUP BY size HAVING SUM(households) > 0 ORDER BY size")
                .params(where.countParams())
                .query((rs, i) -> new SizeGroup(rs.getInt(1), rs.getLong(2)))
                .list();
    }

    /**
     * Identities with a record in the filter whose first record is outside it: together with the
     * first records inside it ({@code firsts}), the distinct persons the filter selects. Reads
     * only repeat records (not first of their identity), which are few; none when there is no filter.
     */
    long identitiesFirstSeenOutside(Where where) {
        if (where.facts("f").isEmpty()) return 0;
        List<Object> params = new ArrayList<>(where.factParams());
        params.addAll(where.factParams());
        return jdbc.sql("SELECT COUNT(DISTINCT f.identity_id) FROM report_person_fact f"
                        + " JOIN report_person_fact g ON g.identity_id = f.identity_id AND g.first_of_identity = 1"
                        + " WHERE f.first_of_identity = 0 AND " + where.facts("f") + " AND NOT (" + where.facts("g") + ")")
                .params(params)
                .query(Long.class).single();
    }

    List<String> registrationPoints() {
        return jdbc.sql("SELECT DISTINCT registration_point FROM report_household_count WHERE households > 0"
                        + " ORDER BY registration_point")
                .query(String.class).list();
    }

    List<String> originRegions() {
        return jdbc.sql("SELECT DISTINCT origin_region FROM report_household_count WHERE households > 0"
                        + " AND origin_region <> '' ORDER BY origin_region")
                .query(String.class).list();
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * A filter as SQL: over the day counts (local days as text) and over the facts (UTC instants,
     * the same days' bounds in the zone), with their parameters.
     */
    record Where(String counts, List<Object> countParams, List<String> factTerms, List<Object> factParams) {

        static Where of(ReportFilter f, ZoneId zone) {
            List<String> terms = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            List<String> factTerms = new ArrayList<>();
            List<Object> factParams = new ArrayList<>();
            if (f.from() != null) {
                terms.add("day >= ?");
                params.add(f.from().toString());
                factTerms.add("%1$s.registered_at >= ?");
                factParams.add(f.fromInstant(zone));
            }
            if (f.to() != null) {
                terms.add("day <= ?");
                params.add(f.to().toString());
                factTerms.add("%1$s.registered_at < ?");
                factParams.add(f.toInstantExclusive(zone));
            }
            if (f.point() != null) {
                terms.add("registration_point = ?");
                params.add(f.point());
                factTerms.add("%1$s.registration_point = ?");
                factParams.add(f.point());
            }
            if (f.region() != null) {
                terms.add("origin_region = ?");
                params.add(f.region());
                factTerms.add("%1$s.origin_region = ?");
                factParams.add(f.region());
            }
            return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), List.copyOf(params),
                    List.copyOf(factTerms), List.copyOf(factParams));
        }

        /** The filter over the facts table aliased {@code alias}, or "" for no filter. */
        String facts(String alias) {
            return factTerms.isEmpty() ? "" : "(" + String.join(" AND ", factTerms).formatted(alias) + ")";
        }
    }
}
