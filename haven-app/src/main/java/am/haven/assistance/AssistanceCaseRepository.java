package am.haven.assistance;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code assistance_case} and {@code assistance_case_note}. */
@Repository
class AssistanceCaseRepository {

    private final JdbcClient jdbc;

    AssistanceCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a case unless the same decision already opened it (a decision may be delivered twice); true when new. */
    boolean open(AssistanceCase c) {
        return jdbc.sql("INSERT INTO assistance_case (id, kind, status, programme_id, cycle_id, identity_id, other_identity_id, line_ids,"
                        + " amount, decision_ref, owner, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (kind, decision_ref, programme_id, identity_id) DO NOTHING")
                .params(c.id(), c.kind().name(), c.status().name(), c.programmeId(), c.cycleId(), c.identityId(),
                        c.otherIdentityId(), String.join(",", c.lineIds()), c.amount(), c.decisionRef(), c.owner(),
                        c.openedAt(), c.updatedAt())
                .update() == 1;
    }

    List<AssistanceCase> list(AssistanceCase.Kind kind, AssistanceCase.Status status) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (kind != null) {
            where.append(" AND kind = ?");
            params.add(kind.name());
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        return jdbc.sql(SELECT + where + " ORDER BY opened_at DESC, id").params(params.toArray()).query(this::row).list();
    }

    Optional<AssistanceCase> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::row).optional();
    }

    void update(String id, AssistanceCase.Status status, String owner, String at) {
        jdbc.sql("UPDATE assistance_case SET status = ?, owner = ?, updated_at = ? WHERE id = ?").params(status.name(), owner, at, id).update();
    }

    void addNote(String id, String caseId, String at, String author, String text) {
        jdbc.sql("INSERT INTO assistance_case_note (id, case_id, at, author, text) VALUES (?, ?, ?, ?, ?)")
                .params(id, caseId, at, author, text).update();
        jdbc.sql("UPDATE assistance_case SET updated_at = ? WHERE id = ?").params(at, caseId).update();
    }

    List<AssistanceCase.Note> notes(String caseId) {
        return jdbc.sql("SELECT at, author, text FROM assistance_case_note WHERE case_id = ? ORDER BY at, id").param(caseId)
                .query((rs, n) -> new AssistanceCase.Note(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Open cases by kind, for the dashboard. */
    java.util.Map<String, Integer> openCounts() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (AssistanceCase.Kind k : AssistanceCase.Kind.values()) out.put(k.name(), 0);
        jdbc.sql("SELECT kind, COUNT(*) FROM assistance_case WHERE status <> 'CLOSED' GROUP BY kind")
                .query(rs -> {
                    out.put(rs.getString(1), rs.getInt(2));
                });
        return out;
    }

    private static final String SELECT = "SELECT id, kind, status, programme_id, cycle_id, identity_id, other_identity_id, line_ids,"
            + " amount, decision_ref, owner, opened_at, updated_at FROM assistance_case";

    private AssistanceCase row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AssistanceCase(rs.getString(1), AssistanceCase.Kind.valueOf(rs.getString(2)),
                AssistanceCase.Status.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), List.of(rs.getString(8).split(",")), rs.getLong(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13));
    }
}
