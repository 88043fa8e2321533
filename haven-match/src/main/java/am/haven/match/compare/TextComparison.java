package am.haven.match.compare;

import am.haven.match.FieldType;
import am.haven.match.normalize.Fold;

import java.util.List;

/**
 * Addresses and free text, folded to Latin words. Levels: exact, Jaro–Winkler ≥ 0.92, ≥ 0.80, else.
 * The first word is a blocking key for addresses.
 */
public final class TextComparison extends SimpleComparison {
    private static final List<String> LEVELS = List.of("exact", "jaro-winkler >= 0.92", "jaro-winkler >= 0.80", "else");

    public TextComparison(String field, FieldType type) {
        super(field, type);
    }

    @Override public List<String> levels() { return LEVELS; }

    @Override
    Text make(String raw) {
        String w = Fold.words(raw);
        return new Text(w, null);
    }

    @Override
    int level(Text a, Text b) {
        if (a.main().equals(b.main())) return 0;
        double jw = JaroWinkler.similarity(a.main(), b.main());
        return jw >= 0.92 ? 1 : jw >= 0.80 ? 2 : 3;
    }

    @Override
    public String frequencyKey(Object value, int level) {
        return level == 0 ? ((Text) value).main() : null;
    }

    @Override
    public List<String> blockingKeys(Object value) {
        return type() == FieldType.ADDRESS ? List.of(((Text) value).main()) : List.of();
    }
}
