package am.haven.security;

import am.haven.support.SqlBatch;
import am.haven.support.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit's tamper evidence. Each event is signed when written ({@link #mac}); the sealer then
 * appends every event to one hash chain in {@code audit_seal}, each link the SHA-256 of the link
 * before and the event. {@link #verify} recomputes both and names the first event that is not as
 * Haven wrote it: edited (its signature or link no longer matches), deleted (a link with no event, or
 * a gap), or inserted from outside (no valid signature). Sealing runs under the chain head's row
 * lock, so several instances append one chain.
 */
@Component
public class AuditChain {

    static final String ZERO = "0".repeat(64);
    private static final int SEAL_BATCH = 2000;
    private static final String SEP = "\u001f";

    /** The outcome of a check: how many events it read, and the first that is wrong (null when none). */
    public record Verdict(long events, String brokenEventId, Long brokenSeq, String reason) {
        public boolean intact() {
            return brokenEventId == null && reason == null;
        }
    }

    private record Event(String id, String at, String actor, String action, String entityType, String entityId,
                         String detail, String mac) {
        String canonical() {
            return String.join(SEP, id, at, actor, action, entityType, n(entityId), n(detail));
        }

        private static String n(String s) {
            return s == null ? "\u0000" : s;
        }
    }

    private static final String EVENT_COLUMNS = "e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.detail, e.mac";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditKey key;
    private final TransactionTemplate tx;

    AuditChain(JdbcClient jdbc, JdbcTemplate batch, AuditKey key, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.key = key;
        this.tx = new TransactionTemplate(txManager);
    }

    /** The signature of an event as {@link AuditLog} writes it. */
    String mac(String id, String at, String actor, String action, String entityType, String entityId, String detail) {
        return key.mac(new Event(id, at, actor, action, entityType, entityId, detail, null).canonical());
    }

    /** Appends the events not yet in the chain, oldest first; returns how many. */
    public int seal() {
        int total = 0;
        while (true) {
            Integer n = tx.execute(s -> sealBatch());
            if (n == null || n == 0) return total;
            total += n;
            if (n < SEAL_BATCH) return total;
        }
    }

    private int sealBatch() {
        // Takes the head's row lock first: two instances sealing at once append one after the other.
        if (jdbc.sql("UPDATE audit_chain_head SET last_seq = last_seq WHERE id = 1").update() == 0) {
            jdbc.sql("INSERT INTO audit_chain_head (id, last_seq, last_hash, started_at) VALUES (1, 0, ?, ?) ON CONFLICT (id) DO NOTHING")
                    .params(ZERO, Timestamps.now()).update();
            jdbc.sql("UPDATE audit_chain_head SET last_seq = last_seq WHERE id = 1").update();
        }
        record Head(long seq, String hash) {}
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
        List<Event> unsealed = jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM audit_unsealed u JOIN audit_event e ON e.id = u.event_id"
                        + " ORDER BY e.at, e.id LIMIT " + SEAL_BATCH)
                .query((rs, i) -> event(rs)).list();
        long seq = head.seq();
        String hash = head.hash();
        // Batched: the sealer shares SQLite's one writer with registration.
        SqlBatch rows = new SqlBatch(batch);
        for (Event e : unsealed) {
            seq++;
            hash = link(hash, e);
            rows.add("INSERT INTO audit_seal (seq, event_id, hash) VALUES (?, ?, ?)", seq, e.id(), hash);
            rows.add("DELETE FROM audit_unsealed WHERE event_id = ?", e.id());
        }
        rows.flush();
        if (!unsealed.isEmpty()) {
            jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
        }
        return unsealed.size();
    }

    /** Seals what is pending, then checks every link and every signature, and that no event is outside the chain. */
    public Verdict verify() {
        seal();
        long[] expected = {1};
        String[] previous = {ZERO};
        boolean[] signedSeen = {false};
        Verdict[] broken = {null};
        jdbc.sql("SELECT s.seq, s.event_id, s.hash, " + EVENT_COLUMNS
                        + " FROM audit_seal s LEFT JOIN audit_event e ON e.id = s.event_id ORDER BY s.seq")
                .query(rs -> {
                    if (broken[0] != null) return;
                    long seq = rs.getLong(1);
                    String eventId = rs.getString(2), hash = rs.getString(3);
                    long events = expected[0] - 1;
                    if (seq != expected[0]) {
                        broken[0] = new Verdict(events, eventId, seq, "link " + expected[0] + " is missing (a sealed event was deleted)");
                        return;
                    }
                    if (rs.getString(4) == null) {
                        broken[0] = new Verdict(events, eventId, seq, "the event was deleted");
                        return;
                    }
                    Event e = new Event(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11));
                    String why = signatureProblem(e, signedSeen[0]);
                    if (why == null && !link(previous[0], e).equals(hash)) why = "the event or its link was changed";
                    if (why != null) {
                        broken[0] = new Verdict(events, eventId, seq, why);
                        return;
                    }
                    signedSeen[0] |= e.mac() != null;
                    previous[0] = hash;
                    expected[0]++;
                });
        if (broken[0] != null) return broken[0];
        long sealed = expected[0] - 1;
        Optional<String> outside = jdbc.sql("""
                SELECT e.id FROM audit_event e
                WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id)
                  AND NOT EXISTS (SELECT 1 FROM audit_unsealed u WHERE u.event_id = e.id)
                ORDER BY e.at LIMIT 1""").query(String.class).optional();
        if (outside.isPresent()) return new Verdict(sealed, outside.get(), null, "the event is outside the chain (not written by Haven)");
        return new Verdict(sealed, null, null, null);
    }

    /** Null when the event carries Haven's signature (or is an unsigned one from before the chain began); why not otherwise. */
    private String signatureProblem(Event e, boolean afterSignedEvents) {
        if (e.mac() == null) return afterSignedEvents ? "the event has no signature (not written by Haven)" : null;
        String expected = key.mac(e.canonical());
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), e.mac().getBytes(StandardCharsets.US_ASCII))
                ? null : "the event's signature does not match (changed, or not written by Haven)";
    }

    private static String link(String previous, Event e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha.update(SEP.getBytes(StandardCharsets.US_ASCII));
            sha.update(e.canonical().getBytes(StandardCharsets.UTF_8));
            sha.update(SEP.getBytes(StandardCharsets.US_ASCII));
            sha.update((e.mac() == null ? "" : e.mac()).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Event event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8));
    }
}
