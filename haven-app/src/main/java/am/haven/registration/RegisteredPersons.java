package am.haven.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Registration's read door for other features: persons with their household facts, one at a
 * time for large populations ({@link #forEach}) or by id. Other features call this instead of
 * reading registration tables.
 */
@Service
public class RegisteredPersons {

    private static final String SELECT = """
            SELECT p.id, p.household_id, h.number, p.given_name, p.family_name, p.patronymic,
                   p.given_name_latin, p.family_name_latin, p.patronymic_latin, p.sex, p.birth_date,
                   p.relationship, p.phone,
                   (SELECT e164 FROM household_phone ph WHERE ph.household_id = h.id AND ph.position = 0) AS household_phone,
                   h.origin_settlement, h.registration_point, h.registered_at, h.consent_tracing,
                   (SELECT number FROM person_document d WHERE d.person_id = p.id AND d.position = 0) AS document
            FROM person p JOIN household h ON h.id = p.household_id
            """;

    private final JdbcClient jdbc;

    public RegisteredPersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Streams every registered person, oldest record first, page by page (keyset on the
     * time-ordered id) so no long transaction or full result set is held: on SQLite a long read
     * transaction would block registrations, and PostgreSQL's driver buffers whole results outside one.
     */
    public void forEach(Consumer<PersonFacts> consumer) {
        String after = "";
        while (true) {
            List<PersonFacts> page = jdbc.sql(SELECT + " WHERE p.id > ? ORDER BY p.id LIMIT " + PAGE)
                    .param(after).query((rs, i) -> facts(rs)).list();
            page.forEach(consumer);
            if (page.size() < PAGE) return;
            after = page.get(page.size() - 1).personId();
        }
    }

    private static final int PAGE = 10_000;

    /** Persons by id, in no particular order; unknown ids are left out. */
    public List<PersonFacts> byIds(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return jdbc.sql(SELECT + " WHERE p.id IN (" + marks + ")").params(ids.toArray())
                .query((rs, i) -> facts(rs)).list();
    }

    /** The members of one household, in the order they were registered. */
    public List<PersonFacts> ofHousehold(String householdId) {
        return jdbc.sql(SELECT + " WHERE p.household_id = ? ORDER BY p.position").param(householdId)
                .query((rs, i) -> facts(rs)).list();
    }

    /**
     * The members of these households, in no particular order. Asked {@value #HOUSEHOLDS_PER_QUERY}
     * households at a time with the list padded to that size, so the statement text (and its plan on
     * PostgreSQL) is the same whatever the number: a group commit's households in one round trip.
     */
    public List<PersonFacts> ofHouseholds(Collection<String> householdIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(householdIds));
        List<PersonFacts> out = new ArrayList<>();
        String sql = SELECT + " WHERE p.household_id IN (" + String.join(",", Collections.nCopies(HOUSEHOLDS_PER_QUERY, "?")) + ")";
        for (int from = 0; from < ids.size(); from += HOUSEHOLDS_PER_QUERY) {
            List<String> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + HOUSEHOLDS_PER_QUERY)));
            while (chunk.size() < HOUSEHOLDS_PER_QUERY) chunk.add(chunk.get(0));
            out.addAll(jdbc.sql(sql).params(chunk.toArray()).query((rs, i) -> facts(rs)).list());
        }
        return out;
    }

    private static final int HOUSEHOLDS_PER_QUERY = 32;

    /**
     * The members of households corrected (or given a new member) at or after {@code since}, an ISO
     * instant, by any instance: what an in-memory copy of the records must re-read to stay current.
     */
    public List<PersonFacts> inHouseholdsCorrectedSince(String since) {
        return jdbc.sql(SELECT + " WHERE h.updated_at >= ? AND h.version > 1").param(since)
                .query((rs, i) -> facts(rs)).list();
    }

    /** How many person records there are. */
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    }

    private static PersonFacts facts(ResultSet rs) throws SQLException {
        return new PersonFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                Sex.valueOf(rs.getString(10).trim()), rs.getString(11), Relationship.valueOf(rs.getString(12)),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getBoolean(18), rs.getString(19));
    }
}
