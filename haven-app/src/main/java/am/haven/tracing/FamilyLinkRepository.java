package am.haven.tracing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code family_link}: households recognised as one family, with every link and unlink kept. */
@Repository
class FamilyLinkRepository {

    private final JdbcClient jdbc;

    FamilyLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A link between two households; active while {@code unlinkedAt} is null. */
    record FamilyLink(String id, String householdA, String householdB, String caseId, String reason,
                      String linkedAt, String linkedBy, String unlinkedAt, String unlinkedBy) {}

    void insert(FamilyLink l) {
        jdbc.sql("""
                INSERT INTO family_link (id, household_a, household_b, case_id, reason, linked_at, linked_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(l.id(), l.householdA(), l.householdB(), l.caseId(), l.reason(), l.linkedAt(), l.linkedBy())
                .update();
    }

    /** Ends an active link; false when it is unknown or already ended. */
    boolean unlink(String id, String at, String by) {
        return jdbc.sql("UPDATE family_link SET unlinked_at = ?, unlinked_by = ? WHERE id = ? AND unlinked_at IS NULL")
                .params(at, by, id).update() == 1;
    }

    boolean activeBetween(String a, String b) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM family_link WHERE unlinked_at IS NULL
                AND ((household_a = ? AND household_b = ?) OR (household_a = ? AND household_b = ?))""")
                .params(a, b, b, a).query(Long.class).single() > 0;
    }

    java.util.Optional<FamilyLink> byId(String id) {
        return jdbc.sql("""
                SELECT id, household_a, household_b, case_id, reason, linked_at, linked_by, unlinked_at, unlinked_by
                FROM family_link WHERE id = ?""").param(id)
                .query((rs, i) -> new FamilyLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .optional();
    }

    /** Every link (active or ended) touching this household, oldest first. */
    List<FamilyLink> ofHousehold(String householdId) {
        return jdbc.sql("""
                SELECT id, household_a, household_b, case_id, reason, linked_at, linked_by, unlinked_at, unlinked_by
                FROM family_link WHERE household_a = ? OR household_b = ? ORDER BY linked_at, id""")
                .params(householdId, householdId)
                .query((rs, i) -> new FamilyLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** Active links only. */
    List<FamilyLink> activeLinks(String householdId) {
        return ofHousehold(householdId).stream().filter(l -> l.unlinkedAt() == null).toList();
    }
}
