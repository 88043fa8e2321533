package am.haven.registration;

import am.haven.support.InLists;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<PersonRow> rows = personRows("p.id", ids);
        return withHouseholds(rows, households(rows.stream().map(PersonRow::householdId).toList()));
    }

    /** The members of one household, in the order they were registered. */
    public List<PersonFacts> ofHousehold(String householdId) {
        return jdbc.sql(SELECT + " WHERE p.household_id = ? ORDER BY p.position").param(householdId)
                .query((rs, i) -> facts(rs)).list();
    }

    /** The members of these households, in no particular order: a group commit's households in a few statements. */
    public List<PersonFacts> ofHouseholds(Collection<String> householdIds) {
        Map<String, HouseholdRow> households = households(householdIds);
        return withHouseholds(personRows("p.household_id", households.keySet()), households);
    }

    /** Person rows whose {@code column} is one of {@code ids}. */
    private List<PersonRow> personRows(String column, Collection<String> ids) {
        List<PersonRow> rows = new ArrayList<>();
        for (List<String> chunk : InLists.of(ids)) {
            rows.addAll(jdbc.sql(PERSON_ROWS + " WHERE " + column + " IN (" + InLists.MARKS + ")").params(chunk)
                    .query((rs, i) -> personRow(rs)).list());
        }
        return rows;
    }

    /*
     * Persons and their households are read by two single-table statements rather than one join: a
     * join's plan, prepared while the tables were small, hashed the whole household table on every
     * call (a generic plan stays cached on a pooled connection), about 3.5 ms a call at 25,000
     * households; each of these stays an index lookup whatever the tables' size.
     */
    private static final String PERSON_ROWS = """
            SELECT p.id, p.household_id, p.given_name, p.family_name, p.patronymic,
                   p.given_name_latin, p.family_name_latin, p.patronymic_latin, p.sex, p.birth_date,
                   p.relationship, p.phone,
                   (SELECT number FROM person_document d WHERE d.person_id = p.id AND d.position = 0) AS document
            FROM person p""";

    private static final String HOUSEHOLD_ROWS = """
            SELECT h.id, h.number,
                   (SELECT e164 FROM household_phone ph WHERE ph.household_id = h.id AND ph.position = 0) AS household_phone,
                   h.origin_settlement, h.registration_point, h.registered_at, h.consent_tracing
            FROM household h WHERE h.id IN (""" + InLists.MARKS + ")";

    private record PersonRow(String id, String householdId, String givenName, String familyName, String patronymic,
                             String givenNameLatin, String familyNameLatin, String patronymicLatin, String sex,
                             String birthDate, String relationship, String phone, String documentNumber) {
    }

    private record HouseholdRow(String number, String phone, String originSettlement, String registrationPoint,
                                String registeredAt, boolean consentTracing) {
    }

    private static PersonRow personRow(ResultSet rs) throws SQLException {
        return new PersonRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13));
    }

    private Map<String, HouseholdRow> households(Collection<String> ids) {
        Map<String, HouseholdRow> out = new LinkedHashMap<>();
        for (List<String> chunk : InLists.of(ids)) {
            jdbc.sql(HOUSEHOLD_ROWS).params(chunk).query(rs -> {
                out.put(rs.getString(1), new HouseholdRow(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)));
            });
        }
        return out;
    }

    private static List<PersonFacts> withHouseholds(List<PersonRow> rows, Map<String, HouseholdRow> households) {
        List<PersonFacts> out = new ArrayList<>(rows.size());
        for (PersonRow p : rows) {
            HouseholdRow h = households.get(p.householdId());
            if (h == null) continue;   // cannot happen (the foreign key keeps it); not worth failing a whole read
            out.add(new PersonFacts(p.id(), p.householdId(), h.number(), p.givenName(), p.familyName(), p.patronymic(),
                    p.givenNameLatin(), p.familyNameLatin(), p.patronymicLatin(), Sex.valueOf(p.sex().trim()),
                    p.birthDate(), Relationship.valueOf(p.relationship()), p.phone(), h.phone(),
                    h.originSettlement(), h.registrationPoint(), h.registeredAt(), h.consentTracing(),
                    p.documentNumber()));
        }
        return out;
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
