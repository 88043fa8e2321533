package am.haven.testing;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls for state that background work (the change feed, matching) reaches a little after a request returns. */
public final class Eventually {

    private Eventually() {}

    /** The first value of {@code get} that is {@code done}, trying every 100 ms for up to 10 s; the last value otherwise. */
    public static <T> T eventually(Supplier<T> get, Predicate<T> done) {
        T value = get.get();
        for (int i = 0; i < 100 && !done.test(value); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = get.get();
        }
        return value;
    }
}
