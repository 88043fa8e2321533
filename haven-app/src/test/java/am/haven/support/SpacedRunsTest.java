package am.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpacedRunsTest {

    final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    final List<Long> starts = new CopyOnWriteArrayList<>();
    final SpacedRuns runs = new SpacedRuns(executor, Duration.ofMillis(200), () -> starts.add(System.nanoTime()));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void asks_while_a_run_waits_are_one_run() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        executor.execute(() -> await(busy));   // the worker is busy: the asks below wait for it

        runs.ask();
        runs.ask();
        runs.ask();
        busy.countDown();
        drain();

        assertThat(starts).hasSize(1);
    }

    @Test
    void an_ask_just_after_a_run_began_waits_for_the_gap() throws Exception {
        runs.ask();
        drain();
        runs.ask();
        drain();
        executor.schedule(() -> {}, 300, TimeUnit.MILLISECONDS).get();   // past the gap

        assertThat(starts).hasSize(2);
        assertThat(TimeUnit.NANOSECONDS.toMillis(starts.get(1) - starts.get(0))).isGreaterThanOrEqualTo(199);
    }

    private void drain() throws Exception {
        executor.submit(() -> {}).get(5, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
