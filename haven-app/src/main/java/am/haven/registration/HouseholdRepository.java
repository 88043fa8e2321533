package am.haven.registration;

import am.haven.support.SqlBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code household}, {@code household_phone} and {@code household_revision}. */
@Repository
public class HouseholdRepository {

    private final JdbcClient jdbc;

    public HouseholdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the household-level fields to {@code rows} and returns them as {@link #find} will read
     * them back once written, without members (the caller adds those through {@link PersonRepository}).
     */
    Household insert(SqlBatch rows, String id, String number, String registeredBy, String now, NewHousehold h) {
        rows.add("""
                INSERT INTO household (id, number, registration_point, registered_by, registered_at, updated_at, version,
                    origin_settlement, origin_region, current_address, destination,
                    consent_assistance, consent_tracing, consent_sharing, notes)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, number, h.registrationPoint(), registeredBy, now, now,
                h.origin() == null ? null : h.origin().settlement(),
                h.origin() == null ? null : h.origin().region(),
                h.currentAddress(), h.destination(),
                h.consent().assistance(), h.consent().tracing(), h.consent().sharing(), h.notes());
        for (int i = 0; i < h.phones().size(); i++) rows.add(INSERT_PHONE, id, i, h.phones().get(i));
        List<String> phones = List.copyOf(h.phones());
        return new Household(id, number, h.registrationPoint(), registeredBy, now, now, 1,
                new HouseholdRequest.Origin(h.origin() == null ? null : h.origin().settlement(),
                        h.origin() == null ? null : h.origin().region()),
                h.currentAddress(), h.destination(), phones.isEmpty() ? null : phones.get(0), phones,
                new HouseholdRequest.Consent(h.consent().assistance(), h.consent().tracing(), h.consent().sharing()),
                h.notes(), List.of());
    }

    void updateFields(String id, NewHousehold h, String now) {
        jdbc.sql("""
                UPDATE household SET registration_point = ?, origin_settlement = ?, origin_region = ?,
                    current_address = ?, destination = ?, consent_assistance = ?, consent_tracing = ?,
                    consent_sharing = ?, notes = ?, updated_at = ?, version = version + 1
                WHERE id = ?""")
                .params(h.registrationPoint(), h.origin() == null ? null : h.origin().settlement(),
                        h.origin() == null ? null : h.origin().region(), h.currentAddress(), h.destination(),
                        h.consent().assistance(), h.consent().tracing(), h.consent().sharing(), h.notes(), now, id)
                .update();
        jdbc.sql("DELETE FROM household_phone WHERE household_id = ?").param(id).update();
        insertPhones(id, h.phones());
    }

    /** Marks a change that touched only members, so the household's version and history move too. */
    void touch(String id, String now) {
        jdbc.sql("UPDATE household SET updated_at = ?, version = version + 1 WHERE id = ?").params(now, id).update();
    }

    private static final String INSERT_PHONE = "INSERT INTO household_phone (household_id, position, e164) VALUES (?, ?, ?)";

    private void insertPhones(String id, List<String> phones) {
        for (int i = 0; i < phones.size(); i++) jdbc.sql(INSERT_PHONE).params(id, i, phones.get(i)).update();
    }

    void insertRevision(String householdId, int version, String changedAt, String changedBy, String snapshot) {
        jdbc.sql("INSERT INTO household_revision (household_id, version, changed_at, changed_by, snapshot) VALUES (?, ?, ?, ?, ?)")
                .params(householdId, version, changedAt, changedBy, snapshot).update();
    }

    public List<Revision> revisions(String householdId) {
        return jdbc.sql("SELECT version, changed_at, changed_by, snapshot FROM household_revision WHERE household_id = ? ORDER BY version")
                .param(householdId)
                .query((rs, i) -> new Revision(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void rewriteRevision(String householdId, int version, String snapshot) {
        jdbc.sql("UPDATE household_revision SET snapshot = ? WHERE household_id = ? AND version = ?")
                .params(snapshot, householdId, version).update();
    }

    /** Erasure: the household's phones that are the erased member's own number. */
    int erasePhone(String householdId, String e164) {
        return jdbc.sql("DELETE FROM household_phone WHERE household_id = ? AND e164 = ?").params(householdId, e164).update();
    }

    /**
     * Erases what a household says about how to reach it (address, destination, notes, phones):
     * done when its last member is erased. Registration point, origin and dates stay for the figures.
     */
    int eraseContact(String householdId) {
        int phones = jdbc.sql("DELETE FROM household_phone WHERE household_id = ?").param(householdId).update();
        jdbc.sql("UPDATE household SET current_address = NULL, destination = NULL, notes = NULL WHERE id = ?")
                .param(householdId).update();
        return phones;
    }

    /** Household-level fields; members are loaded by {@link PersonRepository}. */
    Optional<Household> find(String id, List<Person> members) {
        List<String> phones = jdbc.sql("SELECT e164 FROM household_phone WHERE household_id = ? ORDER BY position")
                .param(id).query(String.class).list();
        return jdbc.sql("SELECT * FROM household WHERE id = ?").param(id)
                .query((rs, i) -> new Household(rs.getString("id"), rs.getString("number"),
                        rs.getString("registration_point"), rs.getString("registered_by"),
                        rs.getString("registered_at"), rs.getString("updated_at"), rs.getInt("version"),
                        new HouseholdRequest.Origin(rs.getString("origin_settlement"), rs.getString("origin_region")),
                        rs.getString("current_address"), rs.getString("destination"),
                        phones.isEmpty() ? null : phones.get(0), phones,
                        new HouseholdRequest.Consent(rs.getBoolean("consent_assistance"),
                                rs.getBoolean("consent_tracing"), rs.getBoolean("consent_sharing")),
                        rs.getString("notes"), members))
                .optional();
    }

    Optional<String> idByNumber(String number) {
        return jdbc.sql("SELECT id FROM household WHERE number = ?").param(number).query(String.class).optional();
    }

    /** Takes the next {@code size} household numbers for this instance; see {@link HouseholdNumbers}. */
    long reserveNumbers(int size) {
        jdbc.sql("UPDATE number_block SET next_value = next_value + ? WHERE name = 'household'").param(size).update();
        return jdbc.sql("SELECT next_value FROM number_block WHERE name = 'household'").query(Long.class).single() - size;
    }

    /** A page of households, newest first, matching {@code filter} (or all when it is empty). */
    Page search(HouseholdFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.number() != null) {
            where.append(" AND h.number LIKE ?");
            params.add(filter.number() + "%");
        }
        if (filter.phone() != null) {
            where.append(" AND (h.id IN (SELECT household_id FROM household_phone WHERE e164 = ?)"
                    + " OR h.id IN (SELECT household_id FROM person WHERE phone = ?))");
            params.add(filter.phone());
            params.add(filter.phone());
        }
        for (String token : filter.nameTokens()) nameCondition(token, where, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM household h" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<HouseholdSummary> items = jdbc.sql("""
                SELECT h.id, h.number, h.registration_point, h.registered_at,
                       (SELECT family_name || ' ' || given_name FROM person p WHERE p.household_id = h.id AND p.relationship = 'HEAD') AS head,
                       (SELECT family_name_latin || ' ' || given_name_latin FROM person p WHERE p.household_id = h.id AND p.relationship = 'HEAD') AS head_latin,
                       (SELECT COUNT(*) FROM person p WHERE p.household_id = h.id) AS size,
                       (SELECT e164 FROM household_phone ph WHERE ph.household_id = h.id AND ph.position = 0) AS phone
                FROM household h""" + where + " ORDER BY h.registered_at DESC, h.number DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, i) -> new HouseholdSummary(rs.getString("id"), rs.getString("number"),
                        rs.getString("registration_point"), rs.getString("registered_at"), rs.getString("head"),
                        rs.getString("head_latin"), rs.getInt("size"), rs.getString("phone")))
                .list();
        return new Page(items, total);
    }

    /** Shortest name word that is also compared by sound: shorter ones (a prefix being typed) by spelling only. */
    static final int SOUND_MIN_LENGTH = 3;

    /**
     * A household matches a name word when a member's family or given name starts with it in Latin
     * spelling, or sounds the same across scripts ({@link Names#sound}: Оганесян and Hovhannisyan).
     * The prefix is asked as a key range as well as LIKE, so that SQLite and PostgreSQL (whatever its
     * collation) answer it from the index rather than by reading every person.
     */
    private static void nameCondition(String token, StringBuilder where, List<Object> params) {
        List<String> terms = new ArrayList<>();
        for (String column : List.of("family_name_key", "given_name_key")) {
            String upper = KeyRange.upperBound(token);
            terms.add("(" + column + " >= ?" + (upper == null ? "" : " AND " + column + " < ?") + " AND " + column + " LIKE ?)");
            params.add(token);
            if (upper != null) params.add(upper);
            params.add(token + "%");
        }
        String sound = token.length() >= SOUND_MIN_LENGTH ? Names.sound(token) : null;
        if (sound != null) {
            terms.add("family_name_sound = ?");
            terms.add("given_name_sound = ?");
            params.add(sound);
            params.add(sound);
        }
        where.append(" AND h.id IN (SELECT household_id FROM person WHERE ").append(String.join(" OR ", terms)).append(")");
    }

    /** One page of household rows and the total that matched. */
    public record Page(List<HouseholdSummary> items, long total) {}

    /** A stored earlier state of a household. */
    public record Revision(int version, String changedAt, String changedBy, String snapshot) {}
}
