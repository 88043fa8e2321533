package am.haven.match.compare;

import am.haven.match.FieldType;
import am.haven.match.normalize.Documents;

import java.util.List;

/**
 * Document numbers with Cyrillic look-alike letters folded. Levels: exact, same digits (letters
 * differ or missing), one edit apart, else.
 */
public final class DocumentComparison extends SimpleComparison {
    private static final List<String> LEVELS = List.of("exact", "same digits", "one edit apart", "else");

    public DocumentComparison(String field) {
        super(field, FieldType.DOCUMENT);
    }

    @Override public List<String> levels() { return LEVELS; }

    @Override
    Text make(String raw) {
        String f = Documents.fold(raw);
        return new Text(f, Documents.digits(f));
    }

    @Override
    int level(Text a, Text b) {
        if (a.main().equals(b.main())) return 0;
        if (same(a.alt(), b.alt()) && a.alt().length() >= 5) return 1;
        return Edits.withinOne(a.main(), b.main()) ? 2 : 3;
    }

    @Override
    public List<String> blockingKeys(Object value) {
        Text t = (Text) value;
        return List.of(t.alt() != null && t.alt().length() >= 5 ? t.alt() : t.main());
    }
}
