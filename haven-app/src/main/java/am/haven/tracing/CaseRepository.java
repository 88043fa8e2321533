package am.haven.tracing;

import am.haven.support.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code tracing_case}, {@code tracing_case_event} and {@code tracing_candidate}. */
@Repository
class CaseRepository {

    private static final String COLUMNS = """
            id, status, source, pfif_record_id, enquirer_person_id, enquirer_name, enquirer_phone,
            enquirer_email, enquirer_relation, sought_full_name, sought_given_name, sought_family_name,
            sought_patronymic, sought_alternate_names, sought_sex, sought_birth_date, sought_age,
            sought_origin, sought_home_country, sought_description, public_listing, located_person_id,
            source_name, source_date, created_at, created_by, updated_at, version""";

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case row without its candidates, notes and history. */
    record Row(String id, String status, String source, String pfifRecordId, Enquirer enquirer, SoughtPerson sought,
               boolean publicListing, String locatedPersonId, String sourceName, String sourceDate,
               String createdAt, String createdBy, String updatedAt, int version) {}

    void insert(Row r) {
        jdbc.sql("INSERT INTO tracing_case (" + COLUMNS + ") VALUES (" + marks(28) + ")")
                .params(values(r)).update();
    }

    /** Replaces an imported lead's description (keyed by its PFIF record id). */
    void updateLead(Row r) {
        jdbc.sql("""
                UPDATE tracing_case SET enquirer_name = ?, enquirer_phone = ?, enquirer_email = ?,
                  sought_full_name = ?, sought_given_name = ?, sought_family_name = ?, sought_patronymic = ?,
                  sought_alternate_names = ?, sought_sex = ?, sought_birth_date = ?, sought_age = ?,
                  sought_origin = ?, sought_home_country = ?, sought_description = ?, source_name = ?,
                  source_date = ?, updated_at = ?, version = version + 1
                WHERE id = ?""")
                .params(r.enquirer().name(), r.enquirer().phone(), r.enquirer().email(),
                        r.sought().fullName(), r.sought().givenName(), r.sought().familyName(), r.sought().patronymic(),
                        r.sought().alternateNames(), r.sought().sex(), r.sought().birthDate(), r.sought().age(),
                        r.sought().origin(), r.sought().homeCountry(), r.sought().description(), r.sourceName(),
                        r.sourceDate(), r.updatedAt(), r.id())
                .update();
    }

    Optional<Row> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_case WHERE id = ?").param(id)
                .query((rs, i) -> row(rs)).optional();
    }

    Optional<Row> findByPfifRecordId(String recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_case WHERE pfif_record_id = ?").param(recordId)
                .query((rs, i) -> row(rs)).optional();
    }

    /** Cases, newest change first, optionally of one status. */
    List<Row> list(CaseStatus status, int offset, int limit) {
        String where = status == null ? "" : " WHERE status = '" + status.code() + "'";
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_case" + where
                        + " ORDER BY updated_at DESC, id DESC LIMIT " + limit + " OFFSET " + offset)
                .query((rs, i) -> row(rs)).list();
    }

    long count(CaseStatus status) {
        String where = status == null ? "" : " WHERE status = '" + status.code() + "'";
        return jdbc.sql("SELECT COUNT(*) FROM tracing_case" + where).query(Long.class).single();
    }

    /** Leads imported from other finders, changed at or after {@code since}. */
    List<Row> leadsChangedSince(String since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_case WHERE source = 'pfif' AND updated_at >= ? ORDER BY id")
                .param(since).query((rs, i) -> row(rs)).list();
    }

    /** Every open case: what new registrations are matched against. */
    List<Row> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_case WHERE status = 'open'")
                .query((rs, i) -> row(rs)).list();
    }

    /** Open cases whose enquirer agreed to list the sought person on the public finder. */
    List<Row> openAndPublic() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_case WHERE status = 'open' AND public_listing = TRUE")
                .query((rs, i) -> row(rs)).list();
    }

    /** Sets the status (and the located person, when given); false when the version is stale. */
    boolean updateStatus(String id, int expectedVersion, CaseStatus status, String locatedPersonId, String now) {
        return jdbc.sql("""
                UPDATE tracing_case SET status = ?, located_person_id = COALESCE(?, located_person_id),
                  updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(status.code(), locatedPersonId, now, id, expectedVersion).update() == 1;
    }

    void touch(String id, String now) {
        jdbc.sql("UPDATE tracing_case SET updated_at = ?, version = version + 1 WHERE id = ?").params(now, id).update();
    }

    /** Case counts per status, every status present (zero when none). */
    Map<CaseStatus, Long> countByStatus() {
        Map<CaseStatus, Long> out = new LinkedHashMap<>();
        Arrays.stream(CaseStatus.values()).forEach(s -> out.put(s, 0L));
        jdbc.sql("SELECT status, COUNT(*) FROM tracing_case GROUP BY status").query((ResultSet rs) -> {
            CaseStatus s = CaseStatus.ofCode(rs.getString(1));
            if (s != null) out.put(s, rs.getLong(2));
        });
        return out;
    }

    // --- history -------------------------------------------------------------------------------

    void addEvent(String caseId, String at, String actor, String kind, String detail) {
        jdbc.sql("INSERT INTO tracing_case_event (id, case_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), caseId, at, actor, kind, detail).update();
    }

    List<TracingCase.Event> events(String caseId) {
        return jdbc.sql("SELECT at, actor, kind, detail FROM tracing_case_event WHERE case_id = ? ORDER BY at, id")
                .param(caseId)
                .query((rs, i) -> new TracingCase.Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    List<String> workers(String caseId) {
        return jdbc.sql("SELECT DISTINCT actor FROM tracing_case_event WHERE case_id = ? ORDER BY actor")
                .param(caseId).query(String.class).list();
    }

    // --- candidates ----------------------------------------------------------------------------

    /** Adds a candidate, or raises the score of a known one; true when the candidate is new. */
    boolean upsertCandidate(String caseId, String personId, double score, String explanation, String at, String foundBy) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM tracing_candidate WHERE case_id = ? AND person_id = ?")
                .params(caseId, personId).query(Long.class).single() > 0;
        if (known) {
            jdbc.sql("UPDATE tracing_candidate SET score = ?, explanation = ? WHERE case_id = ? AND person_id = ? AND score < ?")
                    .params(score, explanation, caseId, personId, score).update();
            return false;
        }
        jdbc.sql("""
                INSERT INTO tracing_candidate (case_id, person_id, score, explanation, found_at, found_by, decision, seen)
                VALUES (?, ?, ?, ?, ?, ?, 'pending', FALSE)""")
                .params(caseId, personId, score, explanation, at, foundBy).update();
        return true;
    }

    boolean decideCandidate(String caseId, String personId, String decision) {
        return jdbc.sql("UPDATE tracing_candidate SET decision = ?, seen = TRUE WHERE case_id = ? AND person_id = ?")
                .params(decision, caseId, personId).update() == 1;
    }

    void markCandidatesSeen(String caseId) {
        jdbc.sql("UPDATE tracing_candidate SET seen = TRUE WHERE case_id = ? AND seen = FALSE").param(caseId).update();
    }

    List<TracingCase.Candidate> candidates(String caseId) {
        return jdbc.sql("""
                SELECT person_id, score, explanation, found_at, found_by, decision, seen
                FROM tracing_candidate WHERE case_id = ? ORDER BY score DESC, person_id""")
                .param(caseId)
                .query((rs, i) -> new TracingCase.Candidate(rs.getString(1), rs.getDouble(2),
                        splitLines(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
                .list();
    }

    /** Candidates found by matching new registrations that no caseworker has looked at yet. */
    List<Unseen> unseenCandidates(int limit) {
        return jdbc.sql("""
                SELECT c.case_id, c.person_id, c.score, c.found_at, k.sought_full_name
                FROM tracing_candidate c JOIN tracing_case k ON k.id = c.case_id
                WHERE c.seen = FALSE AND k.status = 'open'
                ORDER BY c.found_at DESC LIMIT ?""")
                .param(limit)
                .query((rs, i) -> new Unseen(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    long unseenCount() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM tracing_candidate c JOIN tracing_case k ON k.id = c.case_id
                WHERE c.seen = FALSE AND k.status = 'open'""").query(Long.class).single();
    }

    /** A candidate waiting for a caseworker's eyes. */
    record Unseen(String caseId, String personId, double score, String foundAt, String soughtName) {}

    static List<String> splitLines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static Object[] values(Row r) {
        Enquirer e = r.enquirer();
        SoughtPerson s = r.sought();
        return new Object[] {r.id(), r.status(), r.source(), r.pfifRecordId(), e.personId(), e.name(), e.phone(),
                e.email(), e.relation(), s.fullName(), s.givenName(), s.familyName(), s.patronymic(),
                s.alternateNames(), s.sex(), s.birthDate(), s.age(), s.origin(), s.homeCountry(), s.description(),
                r.publicListing(), r.locatedPersonId(), r.sourceName(), r.sourceDate(), r.createdAt(), r.createdBy(),
                r.updatedAt(), r.version()};
    }

    private static Row row(ResultSet rs) throws SQLException {
        Enquirer e = new Enquirer(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
        String sex = rs.getString(15);
        SoughtPerson s = new SoughtPerson(rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getString(14), sex == null ? null : sex.trim(), rs.getString(16), rs.getString(17), rs.getString(18),
                rs.getString(19), rs.getString(20));
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), e, s, rs.getBoolean(21),
                rs.getString(22), rs.getString(23), rs.getString(24), rs.getString(25), rs.getString(26),
                rs.getString(27), rs.getInt(28));
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /**
     * Erasure: the record is no one's candidate any more, no longer the enquirer or the person found;
     * a case that had found this person forgets what it said of them (the enquirer's part stays).
     */
    Map<String, Integer> eraseInvolving(String personId) {
        int candidates = jdbc.sql("DELETE FROM tracing_candidate WHERE person_id = ?").param(personId).update();
        int found = jdbc.sql("""
                UPDATE tracing_case SET sought_full_name = '', sought_given_name = NULL, sought_family_name = NULL,
                       sought_patronymic = NULL, sought_alternate_names = NULL, sought_birth_date = NULL, sought_age = NULL,
                       sought_description = NULL, located_person_id = NULL
                WHERE located_person_id = ?""").param(personId).update();
        int enquirer = jdbc.sql("UPDATE tracing_case SET enquirer_person_id = NULL WHERE enquirer_person_id = ?")
                .param(personId).update();
        return Map.of("tracingCandidates", candidates, "tracingCasesFound", found, "tracingCasesAsked", enquirer);
    }
}
