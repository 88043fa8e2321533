package am.haven.match.compare;

import am.haven.match.FieldType;

import java.util.List;

/** Postcodes. Levels: exact, one edit apart, same first three characters, else. */
public final class PostcodeComparison extends SimpleComparison {
    private static final List<String> LEVELS = List.of("exact", "one edit apart", "same first 3", "else");

    public PostcodeComparison(String field) {
        super(field, FieldType.POSTCODE);
    }

    @Override public List<String> levels() { return LEVELS; }

    @Override
    Text make(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) b.append(c);
        }
        if (b.length() == 0) return null;
        String p = b.toString();
        return new Text(p, p.length() >= 3 ? p.substring(0, 3) : p);
    }

    @Override
    int level(Text a, Text b) {
        if (a.main().equals(b.main())) return 0;
        if (Edits.withinOne(a.main(), b.main())) return 1;
        return same(a.alt(), b.alt()) ? 2 : 3;
    }

    @Override
    public boolean frequencyKeyLevel(int level) {
        return level == 0;
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
