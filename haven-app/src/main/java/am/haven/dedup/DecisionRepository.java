package am.haven.dedup;

import am.haven.support.Ids;
import am.haven.support.InLists;
import am.haven.support.Timestamps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Owns {@code match_decision}: what people decided about pairs, kept apart from machine links. A
 * pair is stored with the smaller person id on the left; the newest unretracted decision counts.
 */
@Repository
class DecisionRepository {

    /** A human decision about a pair. */
    record Stored(String id, String left, String right, Decision decision, String actor, String at,
                  String reviewId, String operationId, String note, String retractedAt, String retractedBy) {}

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String insert(String a, String b, Decision decision, String actor, String reviewId, String operationId, String note) {
        String id = Ids.newId();
        jdbc.sql("""
                INSERT INTO match_decision (id, left_person_id, right_person_id, decision, actor, at, review_id, operation_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, min(a, b), max(a, b), decision.name(), actor, Timestamps.now(), reviewId, operationId, note)
                .update();
        return id;
    }

    Optional<Stored> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, i) -> stored(rs)).optional();
    }

    /** The decision in force for a pair, if any. */
    Optional<Stored> current(String a, String b) {
        return jdbc.sql(SELECT + " WHERE left_person_id = ? AND right_person_id = ? AND retracted_at IS NULL ORDER BY at DESC, id DESC")
                .params(min(a, b), max(a, b)).query((rs, i) -> stored(rs)).list().stream().findFirst();
    }

    /** Decisions in force that involve any of these persons. */
    List<Stored> involving(String personId) {
        return jdbc.sql(SELECT + " WHERE (left_person_id = ? OR right_person_id = ?) AND retracted_at IS NULL ORDER BY at, id")
                .params(personId, personId).query((rs, i) -> stored(rs)).list();
    }

    /**
     * {@link #involving} for many persons at once, a statement per 32 ids (the matcher reads them
     * for every record it places): each person's decisions in force, oldest first; persons without
     * any are left out.
     */
    Map<String, List<Stored>> involvingEach(Collection<String> personIds) {
        Map<String, List<Stored>> out = new HashMap<>();
        for (List<String> chunk : InLists.of(personIds)) {
            String marks = InLists.MARKS;
            List<Object> params = new ArrayList<>(chunk);
            params.addAll(chunk);
            List<Stored> found = jdbc.sql(SELECT + " WHERE (left_person_id IN (" + marks + ") OR right_person_id IN ("
                            + marks + ")) AND retracted_at IS NULL ORDER BY at, id")
                    .params(params).query((rs, i) -> stored(rs)).list();
            Set<String> asked = new HashSet<>(chunk);
            for (Stored d : found) {
                // A decision between two of the persons belongs to both; a chunk sees its own persons only.
                if (asked.contains(d.left())) out.computeIfAbsent(d.left(), k -> new ArrayList<>()).add(d);
                if (!d.right().equals(d.left()) && asked.contains(d.right())) {
                    out.computeIfAbsent(d.right(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        return out;
    }

    /** Every decision in force, newest per pair only (for relink). */
    List<Stored> allInForce() {
        List<Stored> all = jdbc.sql(SELECT + " WHERE retracted_at IS NULL ORDER BY left_person_id, right_person_id, at DESC, id DESC")
                .query((rs, i) -> stored(rs)).list();
        List<Stored> newest = new ArrayList<>();
        for (Stored s : all) {
            Stored last = newest.isEmpty() ? null : newest.get(newest.size() - 1);
            if (last == null || !last.left().equals(s.left()) || !last.right().equals(s.right())) newest.add(s);
        }
        return newest;
    }

    List<Stored> ofOperation(String operationId) {
        return jdbc.sql(SELECT + " WHERE operation_id = ? AND retracted_at IS NULL").param(operationId)
                .query((rs, i) -> stored(rs)).list();
    }

    boolean retract(String id, String actor) {
        return jdbc.sql("UPDATE match_decision SET retracted_at = ?, retracted_by = ? WHERE id = ? AND retracted_at IS NULL")
                .params(Timestamps.now(), actor, id).update() == 1;
    }

    static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }

    private static final String SELECT = """
            SELECT id, left_person_id, right_person_id, decision, actor, at, review_id, operation_id, note,
                   retracted_at, retracted_by FROM match_decision""";

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(rs.getString(1), rs.getString(2), rs.getString(3), Decision.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
    }

    /** Erasure: a decision about a pair with the record no longer holds; it is retracted, not deleted (its history stays). */
    int retractInvolving(String personId, String actor) {
        return jdbc.sql("""
                UPDATE match_decision SET retracted_at = ?, retracted_by = ?
                WHERE retracted_at IS NULL AND (left_person_id = ? OR right_person_id = ?)""")
                .params(Timestamps.now(), actor, personId, personId).update();
    }
}
