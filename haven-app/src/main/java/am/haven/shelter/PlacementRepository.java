package am.haven.shelter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code placement}. */
@Repository
class PlacementRepository {

    private static final String HOLDING = "('CONFIRMED', 'CHECKED_IN')";

    private final JdbcClient jdbc;

    PlacementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Placement p) {
        Placement.Cost c = p.cost();
        jdbc.sql("""
                INSERT INTO placement (id, household_id, site_id, run_id, persons, origin, status, cost_region,
                    cost_distance, distance_km, cost_fill, cost_origin, proposed_at, confirmed_at, checked_in_at,
                    ended_at, transferred_to, updated_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(p.id(), p.householdId(), p.siteId(), p.runId(), p.persons(), p.origin(), p.status().name(),
                        c == null ? null : c.region(), c == null ? null : c.distance(), c == null ? null : c.km(),
                        c == null ? null : c.fill(), c == null ? null : c.origin(), p.proposedAt(), p.confirmedAt(),
                        p.checkedInAt(), p.endedAt(), p.transferredTo(), p.updatedBy())
                .update();
    }

    Optional<Placement> find(String id) {
        return jdbc.sql("SELECT * FROM placement WHERE id = ?").param(id).query(PlacementRepository::placement).optional();
    }

    /** Moves a placement from {@code from} to {@code to}; 0 when it was no longer in {@code from}. */
    int changeStatus(String id, PlacementStatus from, PlacementStatus to, String timeColumn, String now, String actor) {
        if (!Set.of("confirmed_at", "checked_in_at", "ended_at").contains(timeColumn)) throw new IllegalArgumentException(timeColumn);
        return jdbc.sql("UPDATE placement SET status = ?, " + timeColumn + " = ?, updated_by = ?, version = version + 1"
                        + " WHERE id = ? AND status = ?")
                .params(to.name(), now, actor, id, from.name()).update();
    }

    void markTransferred(String id, String to) {
        jdbc.sql("UPDATE placement SET transferred_to = ? WHERE id = ?").params(to, id).update();
    }

    /** Earlier proposals for these households give way to a new one. */
    int supersedeProposals(Collection<String> householdIds, String actor) {
        int n = 0;
        List<String> ids = List.copyOf(householdIds);
        for (int i = 0; i < ids.size(); i += 500) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            List<Object> params = new ArrayList<>(List.of(actor));
            params.addAll(chunk);
            n += jdbc.sql("UPDATE placement SET status = 'SUPERSEDED', updated_by = ?, version = version + 1"
                            + " WHERE status = 'PROPOSED' AND household_id IN (" + marks(chunk.size()) + ")")
                    .params(params).update();
        }
        return n;
    }

    /** Beds held at a site now. */
    int occupied(String siteId) {
        return jdbc.sql("SELECT COALESCE(SUM(persons), 0) FROM placement WHERE site_id = ? AND status IN " + HOLDING)
                .param(siteId).query(Integer.class).single();
    }

    Optional<Placement> holdingFor(String householdId) {
        return jdbc.sql("SELECT * FROM placement WHERE household_id = ? AND status IN " + HOLDING)
                .param(householdId).query(PlacementRepository::placement).optional();
    }

    /** Households that have or had a bed through Haven (confirmed, checked in or out): not waiting any more. */
    Set<String> settledHouseholds() {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT household_id FROM placement"
                + " WHERE status IN ('CONFIRMED', 'CHECKED_IN', 'CHECKED_OUT')").query(String.class).list());
    }

    /** Origin settlements of the households holding beds, by site. */
    Map<String, Set<String>> residentOrigins() {
        Map<String, Set<String>> out = new HashMap<>();
        jdbc.sql("SELECT site_id, origin FROM placement WHERE origin IS NOT NULL AND status IN " + HOLDING)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return out;
    }

    List<Placement> atSite(String siteId, Collection<PlacementStatus> statuses) {
        List<Object> params = new ArrayList<>(List.of(siteId));
        statuses.forEach(s -> params.add(s.name()));
        return jdbc.sql("SELECT * FROM placement WHERE site_id = ? AND status IN (" + marks(statuses.size()) + ") ORDER BY proposed_at, id")
                .params(params).query(PlacementRepository::placement).list();
    }

    List<Placement> ofRun(String runId) {
        return jdbc.sql("SELECT * FROM placement WHERE run_id = ? ORDER BY site_id, id").param(runId)
                .query(PlacementRepository::placement).list();
    }

    /**
     * One page of a run's placements that are still part of it (not superseded by a later run),
     * ordered as the review shows them: by the site's region and name, then by household.
     */
    List<Placement> ofRun(String runId, int offset, int limit) {
        return jdbc.sql("""
                SELECT p.* FROM placement p JOIN site s ON s.id = p.site_id
                WHERE p.run_id = ? AND p.status <> 'SUPERSEDED'
                ORDER BY s.region, s.name, s.id, p.household_id LIMIT ? OFFSET ?""")
                .params(runId, limit, offset).query(PlacementRepository::placement).list();
    }

    /** How many of a run's placements are in each status. */
    Map<PlacementStatus, Integer> countsOfRun(String runId) {
        Map<PlacementStatus, Integer> out = new java.util.EnumMap<>(PlacementStatus.class);
        jdbc.sql("SELECT status, COUNT(*) FROM placement WHERE run_id = ? GROUP BY status").param(runId)
                .query(rs -> {
                    out.put(PlacementStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return out;
    }

    List<Placement> ofHousehold(String householdId) {
        return jdbc.sql("SELECT * FROM placement WHERE household_id = ? ORDER BY proposed_at, id").param(householdId)
                .query(PlacementRepository::placement).list();
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static Placement placement(ResultSet rs, int i) throws SQLException {
        double region = rs.getDouble("cost_region");
        Placement.Cost cost = null;
        if (!rs.wasNull()) {
            double distance = rs.getDouble("cost_distance");
            double fill = rs.getDouble("cost_fill");
            double origin = rs.getDouble("cost_origin");
            cost = new Placement.Cost(region, distance, rs.getDouble("distance_km"), fill, origin, region + distance + fill + origin);
        }
        return new Placement(rs.getString("id"), rs.getString("household_id"), rs.getString("site_id"),
                rs.getString("run_id"), rs.getInt("persons"), rs.getString("origin"),
                PlacementStatus.valueOf(rs.getString("status")), cost, rs.getString("proposed_at"),
                rs.getString("confirmed_at"), rs.getString("checked_in_at"), rs.getString("ended_at"),
                rs.getString("transferred_to"), rs.getString("updated_by"), rs.getInt("version"));
    }
}
