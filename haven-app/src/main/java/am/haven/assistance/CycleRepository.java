package am.haven.assistance;

import am.haven.support.SqlBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Owns {@code assistance_cycle}, {@code assistance_line}, {@code assistance_export} and
 * {@code assistance_reconciliation}. Lines are written once, when the cycle is drafted; after
 * approval only the bank's answer ({@code result_*}) is ever written to them.
 */
@Repository
class CycleRepository {

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    CycleRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    void insert(Cycle c, List<Line> lines) {
        jdbc.sql("INSERT INTO assistance_cycle (id, programme_id, number, rules_version, as_of, status, lines, payable, amount,"
                        + " drafted_by, drafted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.programmeId(), c.number(), c.rulesVersion(), c.asOf(), c.status().name(), c.lines(),
                        c.payable(), c.amount(), c.draftedBy(), c.draftedAt())
                .update();
        SqlBatch batch = new SqlBatch(template);
        int n = 0;
        for (Line l : lines) {
            batch.add("INSERT INTO assistance_line (id, cycle_id, programme_id, position, identity_id, lead_person_id, person_ids,"
                            + " payee_person_id, amount, carried_amount, carried_line_ids, eligible, reason)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    l.id(), l.cycleId(), l.programmeId(), l.position(), l.identityId(), l.leadPersonId(),
                    String.join(",", l.personIds()), l.payeePersonId(), l.amount(), l.carriedAmount(),
                    l.carriedLineIds().isEmpty() ? null : String.join(",", l.carriedLineIds()), l.eligible(),
                    json.writeValueAsString(l.reasons()));
            if (++n % 2000 == 0) batch.flush();
        }
        batch.flush();
    }

    /** Approves a draft; false when it was no longer a draft (approved meanwhile). */
    boolean approve(String cycleId, String by, String at) {
        return jdbc.sql("UPDATE assistance_cycle SET status = 'APPROVED', approved_by = ?, approved_at = ? WHERE id = ? AND status = 'DRAFT'")
                .params(by, at, cycleId).update() == 1;
    }

    /** Discards a draft and its lines; false when it is not a draft. */
    boolean deleteDraft(String cycleId) {
        int n = jdbc.sql("DELETE FROM assistance_cycle WHERE id = ? AND status = 'DRAFT'").param(cycleId).update();
        if (n == 0) return false;
        return true;
    }

    void deleteLinesOfDraft(String cycleId) {
        jdbc.sql("DELETE FROM assistance_line WHERE cycle_id = ? AND cycle_id IN (SELECT id FROM assistance_cycle WHERE status = 'DRAFT')")
                .param(cycleId).update();
    }

    Optional<Cycle> find(String programmeId, String cycleId) {
        return jdbc.sql(SELECT_CYCLE + " WHERE programme_id = ? AND id = ?").params(programmeId, cycleId)
                .query(this::cycle).optional();
    }

    List<Cycle> ofProgramme(String programmeId) {
        return jdbc.sql(SELECT_CYCLE + " WHERE programme_id = ? ORDER BY number").param(programmeId).query(this::cycle).list();
    }

    private static final String SELECT_CYCLE = "SELECT id, programme_id, number, rules_version, as_of, status, lines, payable,"
            + " amount, drafted_by, drafted_at, approved_by, approved_at FROM assistance_cycle";

    private Cycle cycle(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Cycle(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                Cycle.Status.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getLong(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13));
    }

    /** A page of a cycle's lines in list order; {@code status} filters (INELIGIBLE, PENDING, PAID, FAILED, RETURNED). */
    List<Line> lines(String cycleId, String status, int offset, int limit) {
        return jdbc.sql(SELECT_LINE + " WHERE cycle_id = ?" + statusFilter(status) + " ORDER BY position LIMIT ? OFFSET ?")
                .params(statusParams(cycleId, status, limit, offset)).query(this::line).list();
    }

    int countLines(String cycleId, String status) {
        Object[] p = statusParams(cycleId, status);
        return jdbc.sql("SELECT COUNT(*) FROM assistance_line WHERE cycle_id = ?" + statusFilter(status)).params(p)
                .query(Integer.class).single();
    }

    private static String statusFilter(String status) {
        if (status == null) return "";
        return switch (status) {
            case "INELIGIBLE" -> " AND eligible = FALSE";
            case "PENDING" -> " AND eligible = TRUE AND result_status IS NULL";
            default -> " AND result_status = ?";
        };
    }

    private static Object[] statusParams(String cycleId, String status, Object... more) {
        List<Object> p = new ArrayList<>();
        p.add(cycleId);
        if (status != null && !status.equals("INELIGIBLE") && !status.equals("PENDING")) p.add(status);
        p.addAll(Arrays.asList(more));
        return p.toArray();
    }

    /** Every line a cycle pays, in list order. */
    List<Line> payable(String cycleId) {
        return jdbc.sql(SELECT_LINE + " WHERE cycle_id = ? AND eligible = TRUE ORDER BY position").param(cycleId)
                .query(this::line).list();
    }

    /** Every line of a programme's approved cycles: what was paid, what failed, what was carried on. */
    List<Line> approvedLinesOf(String programmeId) {
        return jdbc.sql(SELECT_LINE + " WHERE programme_id = ? AND cycle_id IN"
                        + " (SELECT id FROM assistance_cycle WHERE programme_id = ? AND status = 'APPROVED') ORDER BY cycle_id, position")
                .params(programmeId, programmeId).query(this::line).list();
    }

    /** The payable lines of approved cycles that name any of these identities (as they were when drafted) or records. */
    List<Line> paidLinesTouching(List<String> identityIds) {
        List<Line> out = new ArrayList<>();
        am.haven.support.InLists.forEach(identityIds, chunk -> out.addAll(jdbc.sql(SELECT_LINE
                        + " WHERE eligible = TRUE AND (result_status IS NULL OR result_status = 'PAID') AND identity_id IN ("
                        + am.haven.support.InLists.MARKS + ") AND cycle_id IN (SELECT id FROM assistance_cycle WHERE status = 'APPROVED')")
                .params(chunk.toArray()).query(this::line).list()));
        return out;
    }

    /** Payable lines of approved cycles whose lead record is one of these. */
    List<Line> paidLinesLedBy(java.util.Collection<String> personIds) {
        List<Line> out = new ArrayList<>();
        am.haven.support.InLists.forEach(personIds, chunk -> out.addAll(jdbc.sql(SELECT_LINE
                        + " WHERE eligible = TRUE AND (result_status IS NULL OR result_status = 'PAID') AND lead_person_id IN ("
                        + am.haven.support.InLists.MARKS + ") AND cycle_id IN (SELECT id FROM assistance_cycle WHERE status = 'APPROVED')")
                .params(chunk.toArray()).query(this::line).list()));
        return out;
    }

    /** Whether any approved list has paid (or is paying) anyone: until then identity decisions cannot change what was paid. */
    boolean anyPaid() {
        return jdbc.sql("SELECT COUNT(*) FROM assistance_cycle WHERE status = 'APPROVED'").query(Long.class).single() > 0;
    }

    Optional<Line> lineById(String lineId) {
        return jdbc.sql(SELECT_LINE + " WHERE id = ?").param(lineId).query(this::line).optional();
    }

    Map<String, Line> linesById(String cycleId) {
        Map<String, Line> out = new java.util.HashMap<>();
        jdbc.sql(SELECT_LINE + " WHERE cycle_id = ?").param(cycleId).query(this::line).list().forEach(l -> out.put(l.id(), l));
        return out;
    }

    /** Writes the bank's answers, in the caller's transaction. */
    void recordResults(List<Object[]> rows) {
        template.batchUpdate("UPDATE assistance_line SET result_status = ?, result_reference = ?, result_reason = ?, reconciled_at = ?"
                + " WHERE id = ?", rows);
    }

    void recordReconciliation(String id, String cycleId, String sha256, int lines, String by, String at) {
        jdbc.sql("INSERT INTO assistance_reconciliation (id, cycle_id, sha256, lines, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, cycleId, sha256, lines, by, at).update();
    }

    void recordExport(String id, String cycleId, String format, int lines, long amount, String sha256, String by, String at) {
        jdbc.sql("INSERT INTO assistance_export (id, cycle_id, format, lines, amount, sha256, exported_by, exported_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, cycleId, format, lines, amount, sha256, by, at).update();
    }

    /** The exports of a cycle, newest first: format, lines, amount, hash, who, when. */
    List<Map<String, Object>> exports(String cycleId) {
        return jdbc.sql("SELECT format, lines, amount, sha256, exported_by, exported_at FROM assistance_export WHERE cycle_id = ?"
                        + " ORDER BY exported_at DESC")
                .param(cycleId)
                .query((rs, n) -> Map.<String, Object>of("format", rs.getString(1), "lines", rs.getInt(2), "amount", rs.getLong(3),
                        "sha256", rs.getString(4), "exportedBy", rs.getString(5), "exportedAt", rs.getString(6)))
                .list();
    }

    private static final String SELECT_LINE = "SELECT id, cycle_id, programme_id, position, identity_id, lead_person_id, person_ids,"
            + " payee_person_id, amount, carried_amount, carried_line_ids, eligible, reason, result_status, result_reference,"
            + " result_reason, reconciled_at FROM assistance_line";

    private Line line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String carried = rs.getString(11);
        return new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                List.of(rs.getString(7).split(",")), rs.getString(8), rs.getLong(9), rs.getLong(10),
                carried == null ? List.of() : List.of(carried.split(",")), rs.getBoolean(12),
                json.readValue(rs.getString(13), REASONS), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17));
    }
}
