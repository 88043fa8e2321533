package am.haven.tracing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code tracing_note}. */
@Repository
class NoteRepository {

    private static final String COLUMNS = """
            id, pfif_record_id, case_id, person_id, status, author_name, author_email, author_user,
            author_made_contact, source, source_date, entry_date, text, last_known_location, linked_person_record_id""";

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Note n) {
        jdbc.sql("INSERT INTO tracing_note (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(n.id(), n.pfifRecordId(), n.caseId(), n.personId(), n.status(), n.authorName(), n.authorEmail(),
                        n.authorUser(), n.authorMadeContact(), n.source(), n.sourceDate(), n.entryDate(), n.text(),
                        n.lastKnownLocation(), n.linkedPersonRecordId())
                .update();
    }

    Optional<Note> findByPfifRecordId(String recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_note WHERE pfif_record_id = ?").param(recordId)
                .query((rs, i) -> note(rs)).optional();
    }

    boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM tracing_note WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    List<Note> ofCase(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_note WHERE case_id = ? ORDER BY source_date, id")
                .param(caseId).query((rs, i) -> note(rs)).list();
    }

    List<Note> ofPerson(String personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_note WHERE person_id = ? ORDER BY source_date, id")
                .param(personId).query((rs, i) -> note(rs)).list();
    }

    /** Notes about any of these registered persons, oldest first. */
    List<Note> ofPersons(Collection<String> personIds) {
        if (personIds.isEmpty()) return List.of();
        String marks = String.join(",", Collections.nCopies(personIds.size(), "?"));
        return jdbc.sql("SELECT " + COLUMNS + " FROM tracing_note WHERE person_id IN (" + marks + ") ORDER BY source_date, id")
                .params(personIds.toArray()).query((rs, i) -> note(rs)).list();
    }

    /** Ids of registered persons with a note entered at or after {@code since}. */
    List<String> personsNotedSince(String since) {
        return jdbc.sql("SELECT DISTINCT person_id FROM tracing_note WHERE person_id IS NOT NULL AND entry_date >= ?")
                .param(since).query(String.class).list();
    }

    private static Note note(ResultSet rs) throws SQLException {
        Object contact = rs.getObject(9);
        return new Note(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), contact == null ? null : rs.getBoolean(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15));
    }

    /** Erasure: notes about the record keep their place in their case but lose what they said. */
    int eraseAbout(String personId) {
        return jdbc.sql("UPDATE tracing_note SET text = '', last_known_location = NULL, person_id = NULL WHERE person_id = ?")
                .param(personId).update();
    }
}
