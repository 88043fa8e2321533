package am.haven.assistance;

import am.haven.security.AuditLog;
import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import am.haven.support.Timestamps;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Owns {@code assistance_list_entry}: named lists of persons (exclusion lists, declared facts) that rules read. */
@Service
public class PersonLists {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PersonLists(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public void add(String name, String personId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || !name.matches("[a-z0-9_]{1,60}")) {
            problems.add(new FieldProblem("name", "a list name is 1 to 60 lower-case letters, digits or _"));
        }
        if (personId == null || jdbc.sql("SELECT COUNT(*) FROM assistance_person WHERE person_id = ?").param(personId)
                .query(Integer.class).single() == 0) {
            problems.add(new FieldProblem("personId", "no registered person has this id"));
        }
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        jdbc.sql("INSERT INTO assistance_list_entry (list_name, person_id, added_at, added_by) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (list_name, person_id) DO NOTHING")
                .params(name, personId, Timestamps.now(), AuditLog.currentActor()).update();
        audit.record("UPDATE", "assistance_list", personId, "list=" + name);
    }

    public List<String> members(String name) {
        return jdbc.sql("SELECT person_id FROM assistance_list_entry WHERE list_name = ? ORDER BY added_at, person_id")
                .param(name).query(String.class).list();
    }

    /** Erasure: the person leaves every list. */
    int eraseOf(String personId) {
        return jdbc.sql("DELETE FROM assistance_list_entry WHERE person_id = ?").param(personId).update();
    }
}
