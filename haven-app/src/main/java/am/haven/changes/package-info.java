/**
 * The change feed: one transactional outbox of person changes and its delivery.
 *
 * <p><b>Owns</b> {@code person_change} (one entry per changed person, numbered in commit order),
 * {@code change_feed_head} (the last number handed out; raising it locks the row until commit,
 * which is what orders numbers as commits) and {@code change_cursor} (the shared consumers'
 * positions).
 *
 * <p>A service records a change with {@link am.haven.changes.ChangeFeed#record} inside the
 * transaction that makes it; the transaction's entries are written together just before it
 * commits. {@link am.haven.changes.ChangeDispatcher}, one thread per web instance, reads the feed
 * every 200 ms and after each local commit, brings every {@link am.haven.changes.Projection} (this
 * instance's in-memory copies, positions in memory) up to the head, then hands each
 * {@link am.haven.changes.SharedConsumer} the entries after its cursor. A shared consumer moves its
 * cursor in the transaction that applies a batch, so a batch is applied once even when two
 * instances read it, and a consumer that stopped resumes after the last batch it committed. No
 * timestamps decide what was seen. Emits no events; consumes nothing.
 */
package am.haven.changes;
