package am.haven.match.compare;

import am.haven.match.FieldType;
import am.haven.match.normalize.Fold;
import am.haven.match.normalize.NameKey;
import am.haven.match.normalize.Patronymics;

import java.util.Arrays;
import java.util.List;

/**
 * A whole name in one field, in any word order ("Оганесян Арам Арменович", "Aram Hovhannisyan").
 * Levels: same words, same sound keys, most keys shared, Jaro–Winkler of sorted words ≥ 0.90, else.
 */
public final class FullNameComparison implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "same sound keys", "most sound keys shared",
            "jaro-winkler >= 0.90", "else");
    private final String field;
    private final ValueCache cache = new ValueCache();

    /** Sorted folded words and their sorted sound keys. */
    public record FullName(String words, String[] keys) {}

    public FullNameComparison(String field) {
        this.field = field;
    }

    @Override public String field() { return field; }
    @Override public FieldType type() { return FieldType.FULL_NAME; }
    @Override public List<String> levels() { return LEVELS; }

    @Override
    public Object prepare(String raw) {
        return cache.get(raw, r -> {
            String w = Fold.words(r);
            if (w == null) return null;
            String[] words = w.split(" ");
            Arrays.sort(words);
            String[] keys = Arrays.stream(words).map(Patronymics::fatherName).map(NameKey::ofLatin)
                    .filter(k -> k != null).sorted().toArray(String[]::new);
            return new FullName(String.join(" ", words), keys);
        });
    }

    @Override
    public int level(Object x, Object y) {
        FullName a = (FullName) x, b = (FullName) y;
        if (a.words().equals(b.words())) return 0;
        if (Arrays.equals(a.keys(), b.keys())) return 1;
        int shared = 0; // multiset intersection of two sorted arrays, so the level is symmetric
        for (int i = 0, j = 0; i < a.keys().length && j < b.keys().length; ) {
            int cmp = a.keys()[i].compareTo(b.keys()[j]);
            if (cmp == 0) { shared++; i++; j++; } else if (cmp < 0) i++; else j++;
        }
        int most = Math.max(a.keys().length, b.keys().length);
        if (shared >= 2 && shared * 3 >= most * 2) return 2;
        return JaroWinkler.similarity(a.words(), b.words()) >= 0.90 ? 3 : 4;
    }

    @Override
    public List<String> blockingKeys(Object value) {
        String[] k = ((FullName) value).keys();
        if (k.length < 2) return List.of(k);
        // Every pair of words, so that one extra or missing word (a patronymic) still meets.
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < k.length && i < 4; i++)
            for (int j = i + 1; j < k.length && j < 4; j++) out.add(k[i] + "+" + k[j]);
        return out;
    }
}
