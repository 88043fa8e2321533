package am.haven.changes;

import am.haven.support.SqlBatch;
import am.haven.support.Timestamps;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code person_change}, {@code change_feed_head} and {@code change_cursor}. */
@Repository
class ChangeRepository {

    /** A change to write: its number is given when the transaction's changes are appended together. */
    record Unnumbered(String personId, String householdId, ChangeKind kind) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ChangeRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Numbers and writes a transaction's changes. Raising the head locks its row until the
     * transaction ends, so a later transaction's numbers are always higher and become visible later.
     */
    void append(List<Unnumbered> changes) {
        if (changes.isEmpty()) return;
        long last = jdbc.sql("UPDATE change_feed_head SET last_seq = last_seq + ? WHERE id = 1 RETURNING last_seq")
                .param(changes.size()).query(Long.class).single();
        long seq = last - changes.size();
        String now = Timestamps.now();
        SqlBatch rows = new SqlBatch(batch);
        for (Unnumbered c : changes) {
            rows.add("INSERT INTO person_change (seq, person_id, household_id, kind, changed_at) VALUES (?, ?, ?, ?, ?)",
                    ++seq, c.personId(), c.householdId(), c.kind().name(), now);
        }
        rows.flush();
    }

    /** The last number handed out by a committed transaction. */
    long head() {
        return jdbc.sql("SELECT last_seq FROM change_feed_head WHERE id = 1").query(Long.class).single();
    }

    /** Entries after {@code from} up to {@code upTo}, oldest first, at most {@code limit}. */
    List<PersonChange> between(long from, long upTo, int limit) {
        return jdbc.sql("""
                        SELECT seq, person_id, household_id, kind FROM person_change
                        WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?""")
                .params(from, upTo, limit)
                .query((rs, i) -> new PersonChange(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ChangeKind.valueOf(rs.getString(4))))
                .list();
    }

    OptionalLong position(String consumer) {
        List<Long> found = jdbc.sql("SELECT position FROM change_cursor WHERE consumer = ?").param(consumer)
                .query(Long.class).list();
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }

    /** Creates the cursor at {@code position} unless it exists. */
    void createCursor(String consumer, long position) {
        jdbc.sql("INSERT INTO change_cursor (consumer, position) VALUES (?, ?) ON CONFLICT (consumer) DO NOTHING")
                .params(consumer, position).update();
    }

    /** Moves the cursor from {@code from} to {@code to}; false when it is no longer at {@code from}. */
    boolean advance(String consumer, long from, long to) {
        return jdbc.sql("UPDATE change_cursor SET position = ? WHERE consumer = ? AND position = ?")
                .params(to, consumer, from).update() == 1;
    }

    /** Moves the cursor forward to {@code to} if it is behind; never back. */
    void advanceTo(String consumer, long to) {
        jdbc.sql("UPDATE change_cursor SET position = ? WHERE consumer = ? AND position < ?")
                .params(to, consumer, to).update();
    }

    /** The lowest shared cursor: entries at or below it were applied by every shared consumer. */
    long lowestCursor() {
        Long low = jdbc.sql("SELECT MIN(position) FROM change_cursor").query(Long.class).single();
        return low == null ? 0 : low;
    }

    /** Deletes entries every shared consumer applied and written before {@code before}; returns how many. */
    int deleteApplied(long upTo, String before) {
        return jdbc.sql("DELETE FROM person_change WHERE seq <= ? AND changed_at < ?").params(upTo, before).update();
    }
}
