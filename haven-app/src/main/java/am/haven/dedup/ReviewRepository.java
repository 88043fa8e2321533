package am.haven.dedup;

import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code review_item}: possible matches for reviewers, at most one open item per pair. */
@Repository
class ReviewRepository {

    /** Status of a review item. */
    enum Status { PENDING, DECIDED, CLOSED }

    /** A stored review item; {@code explanation} is the engine's contributions as JSON. */
    record Item(String id, String left, String right, double probability, String explanation, int modelVersion,
                Status status, String createdAt, String decisionId) {}

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens an item for the pair unless one is already open; true when this call opened it. */
    boolean open(String a, String b, double probability, String explanation, int modelVersion) {
        return jdbc.sql("""
                INSERT INTO review_item (id, left_person_id, right_person_id, probability, explanation, model_version, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?) ON CONFLICT DO NOTHING""")
                .params(Ids.newId(), DecisionRepository.min(a, b), DecisionRepository.max(a, b), probability,
                        explanation, modelVersion, Timestamps.now()).update() == 1;
    }

    Optional<Item> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, i) -> item(rs)).optional();
    }

    List<Item> list(Status status, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE status = ? ORDER BY probability DESC, id LIMIT ? OFFSET ?")
                .params(status.name(), limit, offset).query((rs, i) -> item(rs)).list();
    }

    long count(Status status) {
        return jdbc.sql("SELECT COUNT(*) FROM review_item WHERE status = ?").param(status.name())
                .query(Long.class).single();
    }

    void settle(String id, Status status, String decisionId) {
        jdbc.sql("UPDATE review_item SET status = ?, decision_id = ? WHERE id = ?")
                .params(status.name(), decisionId, id).update();
    }

    /** Reopens the item a retracted decision had settled (if no other item for the pair is open). */
    void reopenFor(String decisionId) {
        for (Item item : jdbc.sql(SELECT + " WHERE decision_id = ?").param(decisionId).query((rs, i) -> item(rs)).list()) {
            long open = jdbc.sql("SELECT COUNT(*) FROM review_item WHERE left_person_id = ? AND right_person_id = ? AND status = 'PENDING'")
                    .params(item.left(), item.right()).query(Long.class).single();
            if (open == 0) settle(item.id(), Status.PENDING, null);
        }
    }

    /** Closes open items whose two records now share an identity, or whose pair a person decided. */
    int closeOpen(String a, String b) {
        return jdbc.sql("UPDATE review_item SET status = 'CLOSED' WHERE left_person_id = ? AND right_person_id = ? AND status = 'PENDING'")
                .params(DecisionRepository.min(a, b), DecisionRepository.max(a, b)).update();
    }

    /**
     * Closes every open item about the record: after a correction its pairs are scored again, and an
     * item showing the old values (or a pair that is no longer possible) must not wait for a reviewer.
     */
    int closeOpenInvolving(String personId) {
        return jdbc.sql("""
                UPDATE review_item SET status = 'CLOSED'
                WHERE status = 'PENDING' AND (left_person_id = ? OR right_person_id = ?)""")
                .params(personId, personId).update();
    }

    /** Every open pair, for relink to close the ones it resolved. */
    List<Item> allPending() {
        return jdbc.sql(SELECT + " WHERE status = 'PENDING'").query((rs, i) -> item(rs)).list();
    }

    private static final String SELECT = """
            SELECT id, left_person_id, right_person_id, probability, explanation, model_version, status, created_at, decision_id
            FROM review_item""";

    private static Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getString(5),
                rs.getInt(6), Status.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9));
    }

    /** Erasure: the record's items close, and every item about it forgets the compared values. */
    int eraseInvolving(String personId) {
        closeOpenInvolving(personId);
        return jdbc.sql("UPDATE review_item SET explanation = '[]' WHERE left_person_id = ? OR right_person_id = ?")
                .params(personId, personId).update();
    }
}
