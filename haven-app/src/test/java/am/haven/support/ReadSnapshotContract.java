package am.haven.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report's queries read one state of the database while registrations go on committing, and
 * reading never holds up a write.
 */
abstract class ReadSnapshotContract {

    @Autowired ReadSnapshot snapshot;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager txManager;

    private final String actor = "snapshot-" + UUID.randomUUID();

    @Test
    void reads_inside_a_snapshot_do_not_see_a_write_committed_between_them_and_do_not_hold_it_up() {
        List<Long> seen = snapshot.read(() -> {
            long before = events();
            // Another thread (a registration, the matcher) commits while the report is reading.
            CompletableFuture.runAsync(this::writeOneEvent).orTimeout(10, TimeUnit.SECONDS).join();
            return List.of(before, events());
        });

        assertThat(seen).containsExactly(0L, 0L);
        assertThat(events()).isEqualTo(1);
        assertThat(snapshot.read(this::events)).isEqualTo(1);
    }

    @Test
    void a_snapshot_whose_reads_fail_leaves_no_open_transaction_behind() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> snapshot.read(() -> {
                events();
                throw new IllegalStateException("a read failed");
            })).hasMessage("a read failed");
        }
        writeOneEvent();

        // Connections go back to the pool; one left inside its transaction would still see none.
        for (int i = 0; i < 12; i++) assertThat(snapshot.read(this::events)).isEqualTo(1);
        Long inTransaction = new TransactionTemplate(txManager).execute(s -> events());
        assertThat(inTransaction).isEqualTo(1);
    }

    private long events() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = ?").param(actor).query(Long.class).single();
    }

    private void writeOneEvent() {
        new TransactionTemplate(txManager).executeWithoutResult(s -> jdbc.sql("""
                INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, detail)
                VALUES (?, ?, ?, 'READ', 'report', 'test', 'test')""")
                .params(Ids.newId(), Timestamps.now(), actor).update());
    }
}
