package am.haven.tracing;

import am.haven.match.normalize.GivenNames;
import am.haven.match.normalize.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct name words of the population and what joins them: the cross-script sound key of
 * haven-match ({@link NameKey}), its given-name groups (Hovhannes / Vanik), and sound keys one edit
 * apart (typos), found through each key's one-letter deletions. Also counts how many persons carry
 * each key, so a common surname weighs little. Not thread-safe: {@link SearchIndex} guards it.
 */
final class Vocabulary {

    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final IntList keyOfWord = new IntList();
    private final List<String> groupOfWord = new ArrayList<>();
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final List<IntList> wordsOfKey = new ArrayList<>();
    private final Counts keyCount = new Counts();
    private final Counts wordCount = new Counts();
    private final Map<String, IntList> keysByVariant = new HashMap<>();
    private final Map<String, IntList> wordsOfGroup = new HashMap<>();
    private final Map<String, IntList> wordsByDeletion = new HashMap<>();

    /** The id of a folded word, adding it when new. */
    int add(String folded) {
        Integer id = wordIds.get(folded);
        if (id != null) return id;
        int w = words.size();
        wordIds.put(folded, w);
        words.add(folded);
        String key = NameKey.ofLatin(folded);
        int k = key == null ? -1 : keyId(key);
        keyOfWord.add(k);
        if (k >= 0) wordsOfKey.get(k).add(w);
        String group = GivenNames.standard().canonical(folded);
        groupOfWord.add(group);
        if (group != null) wordsOfGroup.computeIfAbsent(group, g -> new IntList()).add(w);
        for (String v : variants(folded)) wordsByDeletion.computeIfAbsent(v, x -> new IntList()).add(w);
        return w;
    }

    private int keyId(String key) {
        Integer id = keyIds.get(key);
        if (id != null) return id;
        int k = keys.size();
        keyIds.put(key, k);
        keys.add(key);
        wordsOfKey.add(new IntList());
        for (String v : variants(key)) keysByVariant.computeIfAbsent(v, x -> new IntList()).add(k);
        return k;
    }

    /** The id of a folded word, or -1 when no person carries it. */
    int find(String folded) {
        Integer id = folded == null ? null : wordIds.get(folded);
        return id == null ? -1 : id;
    }

    String word(int w) {
        return words.get(w);
    }

    int keyOf(int w) {
        return keyOfWord.get(w);
    }

    String key(int k) {
        return k < 0 ? null : keys.get(k);
    }

    String group(int w) {
        return groupOfWord.get(w);
    }

    int keyIdOf(String key) {
        Integer id = key == null ? null : keyIds.get(key);
        return id == null ? -1 : id;
    }

    /** Persons carrying a word with this word's sound key (at least 1). */
    int keyCount(int w) {
        int k = keyOfWord.get(w);
        return k < 0 ? wordCount(w) : Math.max(1, keyCount.get(k));
    }

    /** Persons carrying a word with sound key {@code k} (at least 1). */
    int countOfKey(int k) {
        return Math.max(1, keyCount.get(k));
    }

    /** Persons carrying this very word (at least 1). */
    int wordCount(int w) {
        return Math.max(1, wordCount.get(w));
    }

    /** Counts (or uncounts) one person carrying this word. */
    void count(int w, int delta) {
        wordCount.set(w, wordCount.get(w) + delta);
        int k = keyOfWord.get(w);
        if (k >= 0) keyCount.set(k, keyCount.get(k) + delta);
    }

    /** Words sharing the sound key {@code key}. */
    IntList wordsWithKey(String key) {
        int k = keyIdOf(key);
        return k < 0 ? new IntList() : wordsOfKey.get(k);
    }

    /** Words in the given-name group of {@code folded} (none when it has no group). */
    IntList wordsInGroup(String folded) {
        String g = GivenNames.standard().canonical(folded);
        IntList l = g == null ? null : wordsOfGroup.get(g);
        return l == null ? new IntList() : l;
    }

    /** Words whose sound key is one edit from {@code key} (not the key itself); none for keys under 3 letters. */
    List<Integer> wordsNearKey(String key) {
        List<Integer> out = new ArrayList<>();
        if (key == null || key.length() < 3) return out;
        java.util.Set<Integer> near = new java.util.HashSet<>();
        for (String v : variants(key)) {
            IntList ks = keysByVariant.get(v);
            if (ks == null) continue;
            for (int i = 0; i < ks.size(); i++) near.add(ks.get(i));
        }
        near.remove(keyIdOf(key));
        for (int k : near) {
            if (keys.get(k).length() < 3) continue;
            IntList ws = wordsOfKey.get(k);
            for (int i = 0; i < ws.size(); i++) out.add(ws.get(i));
        }
        return out;
    }

    /**
     * Words one typo from {@code folded} (a letter left out, added or changed; the word itself
     * included), found through the one-letter deletions both share; none for words under 3 letters.
     */
    List<Integer> wordsOneTypoFrom(String folded) {
        List<Integer> out = new ArrayList<>();
        if (folded == null || folded.length() < 3) return out;
        for (String v : variants(folded)) {
            IntList ws = wordsByDeletion.get(v);
            if (ws == null) continue;
            for (int i = 0; i < ws.size(); i++) out.add(ws.get(i));
        }
        return out;
    }

    int size() {
        return words.size();
    }

    /** Longer words are matched as they are: no name is this long, and deletions of a long word cost its square in memory. */
    static final int MAX_TYPO_WORD = 40;

    // A key or word and its one-letter deletions: two strings one substitution, insertion or deletion apart share one.
    private static List<String> variants(String key) {
        if (key.length() > MAX_TYPO_WORD) return List.of(key);
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        if (key.length() < 3) return out;
        for (int i = 0; i < key.length(); i++) out.add(key.substring(0, i) + key.substring(i + 1));
        return out;
    }

    /** Per-key person counts. */
    private static final class Counts {
        private int[] values = new int[1024];

        int get(int k) {
            return k < values.length ? values[k] : 0;
        }

        void set(int k, int v) {
            if (k >= values.length) values = java.util.Arrays.copyOf(values, Math.max(k + 1, values.length * 2));
            values[k] = v;
        }
    }
}
