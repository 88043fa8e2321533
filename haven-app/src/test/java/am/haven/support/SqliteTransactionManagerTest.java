package am.haven.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

class SqliteTransactionManagerTest {

    static String url(Path dir, int busyTimeout) {
        return "jdbc:sqlite:" + dir.resolve("t.db") + "?journal_mode=WAL&synchronous=FULL&busy_timeout=" + busyTimeout
                + "&transaction_mode=IMMEDIATE";
    }

    @Test
    void a_second_writer_waits_for_the_first_and_then_sees_its_commit() throws Exception {
        String url = url(Files.createTempDirectory("haven-sqlite-tx"), 10_000);
        DriverManagerDataSource ds = new DriverManagerDataSource(url);
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql("CREATE TABLE t (v INTEGER)").update();
        TransactionTemplate tx = new TransactionTemplate(new SqliteTransactionManager(ds, url));

        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO t (v) VALUES (1)").update();
            firstInside.countDown();
            await(releaseFirst);
        }));
        assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            long seen = jdbc.sql("SELECT COUNT(*) FROM t").query(Long.class).single();
            jdbc.sql("INSERT INTO t (v) VALUES (2)").update();
            return seen;
        }));
        assertThat(second).isNotDone();

        releaseFirst.countDown();
        first.get(30, TimeUnit.SECONDS);
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM t").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_writer_that_cannot_start_within_the_busy_timeout_fails_as_sqlite_would() throws Exception {
        String url = url(Files.createTempDirectory("haven-sqlite-tx"), 200);
        DriverManagerDataSource ds = new DriverManagerDataSource(url);
        TransactionTemplate tx = new TransactionTemplate(new SqliteTransactionManager(ds, url));

        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            firstInside.countDown();
            await(releaseFirst);
        }));
        assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> { }))
                    .isInstanceOf(CannotCreateTransactionException.class)
                    .hasMessageContaining("200 ms");
        } finally {
            releaseFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
        }
        // The lock was released by the first transaction and never held by the failed one.
        tx.executeWithoutResult(s -> { });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
