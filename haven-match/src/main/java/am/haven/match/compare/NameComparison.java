package am.haven.match.compare;

import am.haven.match.FieldType;
import am.haven.match.normalize.Fold;
import am.haven.match.normalize.GivenNames;
import am.haven.match.normalize.NameKey;
import am.haven.match.normalize.Patronymics;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.util.ArrayList;
import java.util.List;

/**
 * Given names, family names and patronymics. Levels: exact, same cross-script key, (given names and
 * patronymics) same name group, Jaro–Winkler ≥ 0.92, Jaro–Winkler ≥ 0.80, same Double Metaphone,
 * else. A patronymic is first reduced to the father's name (Armenovich, Armeni → armen).
 */
public final class NameComparison implements Comparison {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private final String field;
    private final FieldType type;
    private final boolean groups;
    private final List<String> levels;
    private final ValueCache cache = new ValueCache();

    public NameComparison(String field, FieldType type) {
        this.field = field;
        this.type = type;
        this.groups = type != FieldType.FAMILY_NAME;
        List<String> l = new ArrayList<>(List.of("exact", "same sound key"));
        if (groups) l.add("same name group");
        l.addAll(List.of("jaro-winkler >= 0.92", "jaro-winkler >= 0.80", "same metaphone", "else"));
        this.levels = List.copyOf(l);
    }

    @Override public String field() { return field; }
    @Override public FieldType type() { return type; }
    @Override public List<String> levels() { return levels; }

    @Override
    public Object prepare(String raw) {
        return cache.get(raw, this::make);
    }

    private NameValue make(String raw) {
        String folded = Fold.compact(raw);
        if (folded == null) return null;
        if (type == FieldType.PATRONYMIC) folded = Patronymics.fatherName(folded);
        String key = NameKey.ofLatin(folded);
        String group = groups ? GivenNames.standard().canonical(folded) : null;
        return new NameValue(folded.intern(), key == null ? null : key.intern(),
                group, METAPHONE.doubleMetaphone(folded), ids.incrementAndGet());
    }

    // Names repeat: the same two spellings meet again and again across candidate pairs, so their
    // level (and its Jaro–Winkler) is computed once. Values share ids through the value cache.
    private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.ConcurrentHashMap<Long, Byte> levelCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LEVEL_CACHE_MAX = 2_000_000;

    @Override
    public int level(Object x, Object y) {
        NameValue a = (NameValue) x, b = (NameValue) y;
        if (a == b) return 0;
        long ordered = a.id() < b.id() ? ((long) a.id() << 32) | b.id() : ((long) b.id() << 32) | a.id();
        // Long's hash is its two halves xor-ed, and small ids make that collide for most pairs
        // (1^2 == 0^3): the map's bins became trees. Multiplying by an odd constant is one-to-one
        // and spreads the bits.
        long pair = ordered * 0x9E3779B97F4A7C15L;
        Byte cached = levelCache.get(pair);
        if (cached != null) return cached;
        int level = compute(a, b);
        if (levelCache.size() < LEVEL_CACHE_MAX) levelCache.put(pair, (byte) level);
        return level;
    }

    private int compute(NameValue a, NameValue b) {
        int i = 0;
        if (a == b || a.folded().equals(b.folded())) return i;
        i++;
        // A two-letter key (Ani, Hovo → AN) joins too many names to count as agreement.
        if (a.key() != null && a.key().length() >= 3 && a.key().equals(b.key())) return i;
        i++;
        if (groups) {
            if (a.group() != null && a.group().equals(b.group())) return i;
            i++;
        }
        double jw = JaroWinkler.similarity(a.folded(), b.folded());
        if (jw >= 0.92) return i;
        i++;
        if (jw >= 0.80) return i;
        i++;
        if (a.metaphone() != null && !a.metaphone().isEmpty() && a.metaphone().equals(b.metaphone())) return i;
        return i + 1;
    }

    @Override
    public boolean frequencyKeyLevel(int level) {
        return level <= 1;
    }

    @Override
    public String frequencyKey(Object value, int level) {
        return level <= 1 ? ((NameValue) value).key() : null;
    }

    @Override
    public List<String> blockingKeys(Object value) {
        NameValue v = (NameValue) value;
        return v.key() == null ? List.of() : List.of(v.key());
    }
}
