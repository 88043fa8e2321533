package am.haven.match.compare;

import am.haven.match.FieldType;

import java.util.List;
import java.util.Locale;

/** E-mail addresses. Levels: exact, same local part, local parts Jaro–Winkler ≥ 0.88, else. */
public final class EmailComparison extends SimpleComparison {
    private static final List<String> LEVELS = List.of("exact", "same local part", "jaro-winkler >= 0.88", "else");

    public EmailComparison(String field) {
        super(field, FieldType.EMAIL);
    }

    @Override public List<String> levels() { return LEVELS; }

    @Override
    Text make(String raw) {
        String e = raw.trim().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        return new Text(e, at > 0 ? e.substring(0, at) : e);
    }

    @Override
    int level(Text a, Text b) {
        if (a.main().equals(b.main())) return 0;
        if (same(a.alt(), b.alt())) return 1;
        return JaroWinkler.similarity(a.alt(), b.alt()) >= 0.88 ? 2 : 3;
    }

    @Override
    public String frequencyKey(Object value, int level) {
        return level == 0 ? ((Text) value).main() : null;
    }

    @Override
    public List<String> blockingKeys(Object value) {
        return List.of(((Text) value).main());
    }
}
