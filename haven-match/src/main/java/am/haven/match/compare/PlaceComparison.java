package am.haven.match.compare;

import am.haven.match.FieldType;
import am.haven.match.normalize.Places;

import java.util.List;

/** Places with Armenian / Russian / Azerbaijani names joined. Levels: same place, Jaro–Winkler ≥ 0.88, else. */
public final class PlaceComparison extends SimpleComparison {
    private static final List<String> LEVELS = List.of("same place", "jaro-winkler >= 0.88", "else");

    public PlaceComparison(String field) {
        super(field, FieldType.PLACE);
    }

    @Override public List<String> levels() { return LEVELS; }

    @Override
    Text make(String raw) {
        return new Text(Places.canonical(raw), null);
    }

    @Override
    int level(Text a, Text b) {
        if (a.main().equals(b.main())) return 0;
        return JaroWinkler.similarity(a.main(), b.main()) >= 0.88 ? 1 : 2;
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
