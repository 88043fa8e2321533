package am.haven.assistance;

/**
 * How often a programme pays: {@code ONCE} (one payment per identity, however many cycles are run to
 * catch up late arrivals and failed transfers) or {@code MONTHLY} for {@code cycles} cycles.
 */
public record Recurrence(Kind kind, int cycles) {

    public enum Kind { ONCE, MONTHLY }

    public boolean once() {
        return kind == Kind.ONCE;
    }
}
