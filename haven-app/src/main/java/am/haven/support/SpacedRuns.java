package am.haven.support;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A background task run on request, its runs starting at least a gap apart: asks while a run
 * waits are one, and an ask just after a run began waits for the gap. Under a stream of asks (a
 * worker nudged after every commit) each run then takes the work of many asks with the statements
 * one costs; an ask waits at most the gap longer.
 */
public final class SpacedRuns {

    private final ScheduledExecutorService executor;
    private final long gapNanos;
    private final Runnable task;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private volatile long startedAt;

    /** {@code task} runs on {@code executor}'s thread and must not throw (a throwing periodic run stops repeating). */
    public SpacedRuns(ScheduledExecutorService executor, Duration gap, Runnable task) {
        this.executor = executor;
        this.gapNanos = gap.toNanos();
        this.task = task;
        this.startedAt = System.nanoTime() - gapNanos;
    }

    /** Asks for a run: now, or one gap after the last run began. */
    public void ask() {
        if (!waiting.compareAndSet(false, true)) return;
        long wait = startedAt + gapNanos - System.nanoTime();
        if (wait <= 0) executor.execute(this::run);
        else executor.schedule(this::run, wait, TimeUnit.NANOSECONDS);
    }

    /** Runs the task now, on the calling thread (the executor's own, for a periodic run). */
    public void run() {
        waiting.set(false);
        startedAt = System.nanoTime();
        task.run();
    }
}
