package am.haven.match.compare;

import am.haven.match.FieldType;
import am.haven.match.normalize.Sexes;

import java.util.List;

/** Sex in any of Haven's languages. Levels: same, else. */
public final class SexComparison extends SimpleComparison {
    private static final List<String> LEVELS = List.of("same", "else");

    public SexComparison(String field) {
        super(field, FieldType.SEX);
    }

    @Override public List<String> levels() { return LEVELS; }

    @Override
    Text make(String raw) {
        return new Text(Sexes.code(raw), null);
    }

    @Override
    int level(Text a, Text b) {
        return a.main().equals(b.main()) ? 0 : 1;
    }
}
