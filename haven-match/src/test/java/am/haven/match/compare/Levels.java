package am.haven.match.compare;

/** Test helper: the label of the level two raw values agree at ("null" when either is missing). */
final class Levels {
    private Levels() {}

    static String of(Comparison c, String a, String b) {
        Object x = c.prepare(a), y = c.prepare(b);
        if (x == null || y == null) return "null";
        return c.levels().get(c.level(x, y));
    }
}
