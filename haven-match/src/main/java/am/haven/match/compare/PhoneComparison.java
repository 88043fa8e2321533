package am.haven.match.compare;

import am.haven.match.FieldType;
import am.haven.match.normalize.Phones;
import am.haven.match.normalize.Placeholders;

import java.util.List;

/** Phones in E.164 (default region AM). Levels: exact, same last 6 digits, one digit off, else. */
public final class PhoneComparison extends SimpleComparison {
    private static final List<String> LEVELS = List.of("exact", "same last 6 digits", "one edit apart", "else");
    private final String region;

    public PhoneComparison(String field, String defaultRegion) {
        super(field, FieldType.PHONE);
        this.region = defaultRegion;
    }

    @Override public List<String> levels() { return LEVELS; }

    @Override
    Text make(String raw) {
        String e = Phones.e164(raw, region);
        if (e == null || e.length() < 4) return null;
        return new Text(e, e.length() > 6 ? e.substring(e.length() - 6) : e);
    }

    @Override
    public String unreadable(String raw) {
        if (Placeholders.isUnknown(raw)) return null;
        long digits = raw.chars().filter(Character::isDigit).count();
        return digits == 0 ? "not a phone number: no digits" : "not a phone number: only " + digits + " digits";
    }

    @Override
    int level(Text a, Text b) {
        if (a.main().equals(b.main())) return 0;
        if (same(a.alt(), b.alt())) return 1;
        return Edits.withinOne(a.main(), b.main()) ? 2 : 3;
    }

    @Override
    public String frequencyKey(Object value, int level) {
        return level == 0 ? ((Text) value).main() : null;
    }

    @Override
    public List<String> blockingKeys(Object value) {
        return List.of(((Text) value).alt());
    }
}
