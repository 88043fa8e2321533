package am.haven.assistance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code assistance_account}. Only {@link PayeeAccounts} and the payment-list export read it. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A payee account; {@code endedAt} set once replaced by a newer one. */
    record Account(String id, String personId, String kind, String number, String holder, String createdAt,
                   String createdBy, String endedAt) {}

    /** Ends the person's current account and adds the new one, in the caller's transaction. */
    void replace(Account a) {
        jdbc.sql("UPDATE assistance_account SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL")
                .params(a.createdAt(), a.personId()).update();
        jdbc.sql("INSERT INTO assistance_account (id, person_id, kind, number, holder, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.personId(), a.kind(), a.number(), a.holder(), a.createdAt(), a.createdBy()).update();
    }

    List<Account> ofPerson(String personId) {
        return jdbc.sql(SELECT + " WHERE person_id = ? ORDER BY created_at DESC").param(personId).query(this::row).list();
    }

    /** The current account of every identity that has one (the newest of its records' accounts). */
    Map<String, Account> currentByIdentity() {
        Map<String, Account> out = new HashMap<>();
        jdbc.sql("SELECT a.id, a.person_id, a.kind, a.number, a.holder, a.created_at, a.created_by, a.ended_at, ap.identity_id"
                        + " FROM assistance_account a JOIN assistance_person ap ON ap.person_id = a.person_id"
                        + " WHERE a.ended_at IS NULL ORDER BY a.created_at")
                .query(rs -> {
                    out.put(rs.getString(9), row(rs, 0));
                });
        return out;
    }

    private static final String SELECT = "SELECT id, person_id, kind, number, holder, created_at, created_by, ended_at FROM assistance_account";

    private Account row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /** Erasure: the person's bank or card accounts go (payment lines keep only ids and amounts). */
    int eraseOf(String personId) {
        return jdbc.sql("DELETE FROM assistance_account WHERE person_id = ?").param(personId).update();
    }
}
