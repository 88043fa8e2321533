package am.haven.dedup;

import am.haven.support.Ids;
import am.haven.support.InLists;
import am.haven.support.SqlBatch;
import am.haven.support.Timestamps;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Owns {@code identity_member} (each matched record's current identity), {@code identity_event}
 * (every change, never edited) and {@code identity_operation} (reversible human operations).
 */
@Repository
class IdentityRepository {

    /** One change of membership. */
    record Event(String id, String operationId, String personId, String identityId, String previousIdentityId,
                 Source source, String at, String actor, Double probability, Integer modelVersion, String reason) {}

    /** A matched record's current identity and why it sits there. */
    record Membership(String identityId, Source source) {}

    /**
     * A change of membership to write together with others ({@link #assignAll}); {@code previousIdentityId}
     * is the record's identity as the caller read it in the same transaction.
     */
    record Assignment(String operationId, String personId, String identityId, String previousIdentityId,
                      Source source, String actor, Double probability, Integer modelVersion, String reason) {}

    private static final String UPSERT_MEMBER = """
            INSERT INTO identity_member (person_id, identity_id, source, assigned_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (person_id) DO UPDATE SET identity_id = excluded.identity_id,
                source = excluded.source, assigned_at = excluded.assigned_at""";
    private static final String INSERT_EVENT = """
            INSERT INTO identity_event (id, operation_id, person_id, identity_id, previous_identity_id, source,
                at, actor, probability, model_version, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** A reversible human operation. */
    record Operation(String id, String kind, String at, String actor, String detail, String undoneAt,
                     String undoneBy, String undoOperationId) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;

    IdentityRepository(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
    }

    Optional<String> identityOf(String personId) {
        return jdbc.sql("SELECT identity_id FROM identity_member WHERE person_id = ?").param(personId)
                .query(String.class).optional();
    }

    Optional<Source> sourceOf(String personId) {
        return jdbc.sql("SELECT source FROM identity_member WHERE person_id = ?").param(personId)
                .query(String.class).optional().map(Source::valueOf);
    }

    /** Current identity per person id; persons not yet matched are left out. */
    Map<String, String> identitiesOf(Collection<String> personIds) {
        Map<String, String> out = new HashMap<>();
        membershipsOf(personIds).forEach((person, m) -> out.put(person, m.identityId()));
        return out;
    }

    /** Current identity and source per person id; persons not yet matched are left out. */
    Map<String, Membership> membershipsOf(Collection<String> personIds) {
        Map<String, Membership> out = new HashMap<>();
        if (personIds.isEmpty()) return out;
        InLists.forEach(personIds, chunk -> jdbc.sql(
                        "SELECT person_id, identity_id, source FROM identity_member WHERE person_id IN (" + InLists.MARKS + ")")
                .params(chunk).query(rs -> {
                    out.put(rs.getString(1), new Membership(rs.getString(2), Source.valueOf(rs.getString(3))));
                }));
        return out;
    }

    /** Person ids of an identity, oldest record first. */
    List<String> members(String identityId) {
        return jdbc.sql("SELECT person_id FROM identity_member WHERE identity_id = ? ORDER BY person_id")
                .param(identityId).query(String.class).list();
    }

    /** Every membership, for relink: person id → identity id. */
    Map<String, String> all() {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT person_id, identity_id FROM identity_member").query(rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    /** Moves (or first places) a record into an identity and writes the event; no-op when already there. */
    boolean assign(String operationId, String personId, String identityId, Source source, String actor,
                   Double probability, Integer modelVersion, String reason) {
        String previous = identityOf(personId).orElse(null);
        if (identityId.equals(previous)) return false;
        String now = Timestamps.now();
        jdbc.sql(UPSERT_MEMBER).params(personId, identityId, source.name(), now).update();
        jdbc.sql(INSERT_EVENT).params(Ids.newId(), operationId, personId, identityId, previous, source.name(), now, actor,
                probability, modelVersion, reason).update();
        events.publishEvent(new IdentityChanged(personId, identityId, previous, false, operationId));
        return true;
    }

    /**
     * Writes many changes as {@link #assign} writes one, in two batched statements instead of two
     * statements per record (the matcher places hundreds of records per transaction, and each
     * statement was a round trip), then publishes an {@link IdentityChanged} per changed record in
     * the caller's transaction. A change to the identity the record already has is skipped, as in
     * {@code assign}. A record may appear once only: PostgreSQL's driver sends the batch as one
     * multi-row statement, which cannot upsert a row twice.
     */
    void assignAll(List<Assignment> changes) {
        List<Assignment> real = changes.stream().filter(a -> !a.identityId().equals(a.previousIdentityId())).toList();
        SqlBatch rows = new SqlBatch(batch);
        for (Assignment a : real) {
            String now = Timestamps.now();
            rows.add(UPSERT_MEMBER, a.personId(), a.identityId(), a.source().name(), now);
            rows.add(INSERT_EVENT, Ids.newId(), a.operationId(), a.personId(), a.identityId(), a.previousIdentityId(),
                    a.source().name(), now, a.actor(), a.probability(), a.modelVersion(), a.reason());
        }
        rows.flush();
        for (Assignment a : real) {
            // Only the matcher's NEW placements start an identity (a fresh id, this record its first member).
            events.publishEvent(new IdentityChanged(a.personId(), a.identityId(), a.previousIdentityId(),
                    a.source() == Source.NEW, a.operationId()));
        }
    }

    List<Event> historyOfIdentity(String identityId) {
        return jdbc.sql(EVENTS + " WHERE identity_id = ? OR previous_identity_id = ? ORDER BY at, id")
                .params(identityId, identityId).query((rs, i) -> event(rs)).list();
    }

    List<Event> eventsOfOperation(String operationId) {
        return jdbc.sql(EVENTS + " WHERE operation_id = ? ORDER BY id").param(operationId)
                .query((rs, i) -> event(rs)).list();
    }

    String insertOperation(String kind, String actor, String detail) {
        String id = Ids.newId();
        jdbc.sql("INSERT INTO identity_operation (id, kind, at, actor, detail) VALUES (?, ?, ?, ?, ?)")
                .params(id, kind, Timestamps.now(), actor, detail).update();
        return id;
    }

    Optional<Operation> operation(String id) {
        return jdbc.sql("""
                SELECT id, kind, at, actor, detail, undone_at, undone_by, undo_operation_id
                FROM identity_operation WHERE id = ?""").param(id)
                .query((rs, i) -> new Operation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).optional();
    }

    void markUndone(String operationId, String actor, String undoOperationId) {
        jdbc.sql("UPDATE identity_operation SET undone_at = ?, undone_by = ?, undo_operation_id = ? WHERE id = ?")
                .params(Timestamps.now(), actor, undoOperationId, operationId).update();
    }

    private static final String EVENTS = """
            SELECT id, operation_id, person_id, identity_id, previous_identity_id, source, at, actor,
                   probability, model_version, reason FROM identity_event""";

    private static Event event(java.sql.ResultSet rs) throws java.sql.SQLException {
        double p = rs.getDouble(9);
        Double probability = rs.wasNull() ? null : p;
        int v = rs.getInt(10);
        Integer version = rs.wasNull() ? null : v;
        return new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Source.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), probability, version, rs.getString(11));
    }

    /** Erasure: the record leaves its identity (whose other members stay together); its events keep only ids. */
    int removeMember(String personId) {
        return jdbc.sql("DELETE FROM identity_member WHERE person_id = ?").param(personId).update();
    }
}
