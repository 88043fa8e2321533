package am.haven.match.compare;

import am.haven.match.FieldType;

import java.util.List;

/** Base for comparisons of one prepared string with a secondary form; subclasses say how they differ. */
abstract class SimpleComparison implements Comparison {
    private final String field;
    private final FieldType type;
    private final ValueCache cache;

    /** The main prepared form and a secondary one (digits, prefix, local part…), either may be null. */
    public record Text(String main, String alt) {}

    SimpleComparison(String field, FieldType type) {
        this.field = field;
        this.type = type;
        // Phones and documents are nearly unique per person: caching them would only cost memory.
        this.cache = type == FieldType.PHONE || type == FieldType.DOCUMENT ? null : new ValueCache();
    }

    @Override public String field() { return field; }
    @Override public FieldType type() { return type; }

    @Override
    public Object prepare(String raw) {
        if (cache == null) return raw == null ? null : made(raw);
        return cache.get(raw, this::made);
    }

    private Text made(String raw) {
        Text t = make(raw);
        return t == null || t.main() == null ? null : t;
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
