package am.haven.registration;

import am.haven.match.normalize.Documents;
import am.haven.support.SqlBatch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code person}, {@code person_need} and {@code person_document}. */
@Repository
public class PersonRepository {

    private final JdbcClient jdbc;

    public PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String INSERT = """
            INSERT INTO person (id, household_id, position, given_name, family_name, patronymic,
                given_name_latin, family_name_latin, patronymic_latin, given_name_key, family_name_key,
                given_name_sound, family_name_sound,
                sex, birth_date, birth_year, birth_date_estimated, relationship, phone, languages,
                created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    private static final String INSERT_NEED = "INSERT INTO person_need (person_id, code) VALUES (?, ?)";
    private static final String INSERT_DOCUMENT =
            "INSERT INTO person_document (person_id, position, type, number, number_key) VALUES (?, ?, ?, ?, ?)";

    /** Adds one member to {@code rows}, with its Latin forms computed here. */
    void insert(SqlBatch rows, String id, String householdId, int position, NewMember m, String now) {
        insertAll(rows, householdId, position, List.of(id), List.of(m), List.of(LatinForms.of(m)), now);
    }

    /**
     * Adds a household's members (positions from {@code firstPosition} on) to {@code rows}, with
     * Latin forms computed beforehand on the request thread, and returns the records as
     * {@link #find} will read them back once written, so a registration need not read them.
     */
    List<Person> insertAll(SqlBatch rows, String householdId, int firstPosition, List<String> ids, List<NewMember> members,
                           List<LatinForms> latin, String now) {
        List<Person> stored = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            NewMember m = members.get(i);
            LatinForms l = latin.get(i);
            String birthDate = m.birthDate() == null ? null : m.birthDate().toString();
            rows.add(INSERT, ids.get(i), householdId, firstPosition + i, m.givenName(), m.familyName(),
                    m.patronymic(), l.given(), l.family(), l.patronymic(), l.givenKey(), l.familyKey(),
                    l.givenSound(), l.familySound(), m.sex().name(),
                    birthDate, m.birthDate() == null ? null : m.birthDate().year(), m.birthDateEstimated(),
                    m.relationship().name(), m.phone(), String.join(",", m.languages()), now, now);
            // As load() reads it: needs ordered by code, documents by position, version 1.
            List<SpecificNeed> needs = m.needs().stream().sorted(Comparator.comparing(SpecificNeed::name)).toList();
            stored.add(new Person(ids.get(i), householdId, firstPosition + i, m.givenName(), l.given(), m.familyName(),
                    l.family(), m.patronymic(), l.patronymic(), m.sex(), birthDate, m.birthDateEstimated(),
                    m.relationship(), needs, List.copyOf(m.documents()), m.phone(), List.copyOf(m.languages()),
                    now, now, 1));
        }
        for (int i = 0; i < members.size(); i++) insertDetails(rows, ids.get(i), members.get(i));
        return stored;
    }

    void update(String id, NewMember m, String now) {
        jdbc.sql("""
                UPDATE person SET given_name = ?, family_name = ?, patronymic = ?, given_name_latin = ?,
                    family_name_latin = ?, patronymic_latin = ?, given_name_key = ?, family_name_key = ?,
                    given_name_sound = ?, family_name_sound = ?, sex = ?, birth_date = ?, birth_year = ?, birth_date_estimated = ?, relationship = ?,
                    phone = ?, languages = ?, updated_at = ?, version = version + 1
                WHERE id = ?""")
                .params(m.givenName(), m.familyName(), m.patronymic(), Names.latin(m.givenName()),
                        Names.latin(m.familyName()), Names.latin(m.patronymic()), Names.key(m.givenName()),
                        Names.key(m.familyName()), Names.sound(m.givenName()), Names.sound(m.familyName()),
                        m.sex().name(),
                        m.birthDate() == null ? null : m.birthDate().toString(),
                        m.birthDate() == null ? null : m.birthDate().year(), m.birthDateEstimated(),
                        m.relationship().name(), m.phone(), String.join(",", m.languages()), now, id)
                .update();
        jdbc.sql("DELETE FROM person_need WHERE person_id = ?").param(id).update();
        jdbc.sql("DELETE FROM person_document WHERE person_id = ?").param(id).update();
        for (SpecificNeed need : m.needs()) jdbc.sql(INSERT_NEED).params(id, need.name()).update();
        for (int i = 0; i < m.documents().size(); i++) {
            Person.Document d = m.documents().get(i);
            jdbc.sql(INSERT_DOCUMENT).params(id, i, d.type().name(), d.number(), Documents.fold(d.number())).update();
        }
    }

    private static void insertDetails(SqlBatch rows, String id, NewMember m) {
        for (SpecificNeed need : m.needs()) rows.add(INSERT_NEED, id, need.name());
        for (int i = 0; i < m.documents().size(); i++) {
            Person.Document d = m.documents().get(i);
            rows.add(INSERT_DOCUMENT, id, i, d.type().name(), d.number(), Documents.fold(d.number()));
        }
    }

    public Optional<Person> find(String id) {
        List<Person> found = load("SELECT * FROM person WHERE id = ?", id);
        return found.stream().findFirst();
    }

    public List<Person> findByHousehold(String householdId) {
        return load("SELECT * FROM person WHERE household_id = ? ORDER BY position", householdId);
    }

    public List<Person> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return load("SELECT * FROM person WHERE id IN (" + marks + ")", ids.toArray());
    }

    /** Deletes the record with its documents and needs (erasure); returns how many of each went. */
    Map<String, Integer> erase(String personId) {
        int documents = jdbc.sql("DELETE FROM person_document WHERE person_id = ?").param(personId).update();
        int needs = jdbc.sql("DELETE FROM person_need WHERE person_id = ?").param(personId).update();
        int record = jdbc.sql("DELETE FROM person WHERE id = ?").param(personId).update();
        return Map.of("personRecord", record, "documents", documents, "needs", needs);
    }

    int maxPosition(String householdId) {
        return jdbc.sql("SELECT COALESCE(MAX(position), -1) FROM person WHERE household_id = ?")
                .param(householdId).query(Integer.class).single();
    }

    private List<Person> load(String sql, Object... params) {
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, i) -> row(rs)).list();
        if (rows.isEmpty()) return List.of();
        List<String> ids = rows.stream().map(Row::id).toList();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        Map<String, List<SpecificNeed>> needs = new HashMap<>();
        jdbc.sql("SELECT person_id, code FROM person_need WHERE person_id IN (" + marks + ") ORDER BY code")
                .params(ids.toArray()).query(rs -> {
                    needs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(SpecificNeed.valueOf(rs.getString(2)));
                });
        Map<String, List<Person.Document>> docs = new HashMap<>();
        jdbc.sql("SELECT person_id, type, number FROM person_document WHERE person_id IN (" + marks + ") ORDER BY position")
                .params(ids.toArray()).query(rs -> {
                    docs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Person.Document(DocumentType.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return rows.stream().map(r -> r.toPerson(needs.getOrDefault(r.id(), List.of()), docs.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("household_id"), rs.getInt("position"),
                rs.getString("given_name"), rs.getString("given_name_latin"), rs.getString("family_name"),
                rs.getString("family_name_latin"), rs.getString("patronymic"), rs.getString("patronymic_latin"),
                Sex.valueOf(rs.getString("sex").trim()), rs.getString("birth_date"), rs.getBoolean("birth_date_estimated"),
                Relationship.valueOf(rs.getString("relationship")), rs.getString("phone"), rs.getString("languages"),
                rs.getString("created_at"), rs.getString("updated_at"), rs.getInt("version"));
    }

    private record Row(String id, String householdId, int position, String givenName, String givenNameLatin,
                       String familyName, String familyNameLatin, String patronymic, String patronymicLatin,
                       Sex sex, String birthDate, boolean estimated, Relationship relationship, String phone,
                       String languages, String createdAt, String updatedAt, int version) {
        Person toPerson(List<SpecificNeed> needs, List<Person.Document> docs) {
            List<String> langs = languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
            return new Person(id, householdId, position, givenName, givenNameLatin, familyName, familyNameLatin,
                    patronymic, patronymicLatin, sex, birthDate, estimated, relationship, List.copyOf(needs),
                    List.copyOf(docs), phone, List.copyOf(langs), createdAt, updatedAt, version);
        }
    }
}
