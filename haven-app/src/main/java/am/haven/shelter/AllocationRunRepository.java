package am.haven.shelter;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code allocation_run}. */
@Repository
class AllocationRunRepository {

    private final JdbcClient jdbc;

    AllocationRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AllocationRun r) {
        jdbc.sql("""
                INSERT INTO allocation_run (id, created_at, created_by, method, weights, households, placed, unplaced,
                    score, lower_bound, gap, hard_violations, millis, first_feasible_millis, unplaced_ids)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.createdAt(), r.createdBy(), r.method(), r.weights(), r.households(), r.placed(),
                        r.unplacedCount(), r.score(), r.lowerBound(), r.gap(), r.hardViolations(), r.millis(),
                        r.firstFeasibleMillis(), String.join(",", r.unplaced()))
                .update();
    }

    Optional<AllocationRun> find(String id) {
        return jdbc.sql("SELECT * FROM allocation_run WHERE id = ?").param(id).query((rs, i) -> {
            double gap = rs.getDouble("gap");
            Double g = rs.wasNull() ? null : gap;
            return new AllocationRun(rs.getString("id"), rs.getString("created_at"), rs.getString("created_by"),
                    rs.getString("method"), rs.getString("weights"), rs.getInt("households"), rs.getInt("placed"),
                    rs.getInt("unplaced"), rs.getDouble("score"), rs.getDouble("lower_bound"), g,
                    rs.getInt("hard_violations"), rs.getLong("millis"), rs.getLong("first_feasible_millis"), List.of(),
                    rs.getString("unplaced_ids").isEmpty() ? List.of() : List.of(rs.getString("unplaced_ids").split(",")));
        }).optional();
    }

    List<String> recentIds(int limit) {
        return jdbc.sql("SELECT id FROM allocation_run ORDER BY created_at DESC, id DESC LIMIT ?").param(limit)
                .query(String.class).list();
    }
}
