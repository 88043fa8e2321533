package am.haven.match.compare;

import am.haven.match.FieldType;

import java.util.List;

/** Base for comparisons of one prepared string with a secondary form; subclasses say how they differ. */
abstract class SimpleComparison implements Comparison {
    private final String field;
    private final FieldType type;
    private final ValueCache cache = new ValueCache();

    /** The main prepared form and a secondary one (digits, prefix, local part…), either may be null. */
    public record Text(String main, String alt) {}

    SimpleComparison(String field, FieldType type) {
        this.field = field;
        this.type = type;
    }

    @Override public String field() { return field; }
    @Override public FieldType type() { return type; }

    @Override
    public Object prepare(String raw) {
        return cache.get(raw, r -> {
            Text t = make(r);
            return t == null || t.main() == null ? null : t;
        });
    }

    abstract Text make(String raw);

    @Override
    public int level(Object x, Object y) {
        return level((Text) x, (Text) y);
    }

    abstract int level(Text a, Text b);

    static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }
}
