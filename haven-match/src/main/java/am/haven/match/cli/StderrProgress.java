package am.haven.match.cli;

import am.haven.match.Progress;

import java.io.PrintStream;
import java.util.Locale;

/** Progress on stderr, at most every two seconds per stage plus each stage's end. */
final class StderrProgress implements Progress {
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long last;
    private String lastStage = "";

    StderrProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void report(String stage, long done, long total) {
        long now = System.nanoTime();
        boolean end = total > 0 && done >= total;
        if (!end && stage.equals(lastStage) && now - last < 2_000_000_000L) return;
        last = now;
        lastStage = stage;
        err.printf(Locale.ROOT, "haven link: [%6.1f s] %s %,d%s%n", (now - start) / 1e9, stage, done,
                total > 0 ? " / " + String.format(Locale.ROOT, "%,d", total) : "");
    }
}
