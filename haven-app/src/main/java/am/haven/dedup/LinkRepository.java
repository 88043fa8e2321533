package am.haven.dedup;

import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code machine_link}: the automatic links that placed records, with their evidence. */
@Repository
class LinkRepository {

    /** A machine link: {@code personId} was linked to the earlier record {@code otherPersonId}. */
    record Link(String id, String personId, String otherPersonId, double probability, double matchWeight,
                String explanation, int modelVersion, String createdAt) {}

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String personId, String otherPersonId, double probability, double weight, String explanation,
                int modelVersion) {
        jdbc.sql("""
                INSERT INTO machine_link (id, person_id, other_person_id, probability, match_weight, explanation, model_version, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), personId, otherPersonId, probability, weight, explanation, modelVersion,
                        Timestamps.now()).update();
    }

    List<Link> ofPerson(String personId) {
        return jdbc.sql("""
                SELECT id, person_id, other_person_id, probability, match_weight, explanation, model_version, created_at
                FROM machine_link WHERE person_id = ? OR other_person_id = ? ORDER BY created_at""")
                .params(personId, personId)
                .query((rs, i) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getString(6), rs.getInt(7), rs.getString(8))).list();
    }

    /** Erasure: the automatic links with the record go, with the compared values they kept as evidence. */
    int eraseInvolving(String personId) {
        return jdbc.sql("DELETE FROM machine_link WHERE person_id = ? OR other_person_id = ?").params(personId, personId).update();
    }
}
