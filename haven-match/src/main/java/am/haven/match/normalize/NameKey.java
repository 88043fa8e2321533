package am.haven.match.normalize;

/**
 * A cross-script sound key: spellings of one name that passed through Armenian, Russian and Latin
 * by different routes get the same key (Hovhannisyan / Oganesyan / Ovanesyan → {@code ANSN}).
 *
 * <p>The rules follow how sounds move between the scripts, not a list of names:
 * <ul>
 *   <li>Armenian h (Հ) has no Russian letter: Russian drops it or writes г/х, and "вh" becomes г
 *       (Hovhannes → Оганес). So h is dropped, and g, gh, kh and v between vowels are dropped too.</li>
 *   <li>Voiced and voiceless pairs merge (b/p, d/t, g/k, z/s, zh/sh, j/ch, v/f): Russian clerks
 *       hear Armenian stops differently (Sargsyan / Sarkisyan, Hakobyan / Akopyan).</li>
 *   <li>gh, kh, x, q merge with k (Ghazaryan / Kazaryan); j, dzh, ch, tch are one affricate; c is ts
 *       before a vowel or at the end and k before a consonant.</li>
 *   <li>Vowels are dropped after the first letter (the unwritten Armenian schwa: Sargsyan / Sarkisyan;
 *       -yan / -ian / -jan; -ova / -ov); an initial vowel, "ye", "yu" or "vo" becomes one marker A.</li>
 *   <li>Repeated codes collapse (nn, Harutyunyan → ARTN).</li>
 * </ul>
 * The key is deliberately lossy: it is one comparison level and one blocking key, with its own
 * m and u learned from the data, never the only evidence.
 */
public final class NameKey {
    private NameKey() {}

    /** The key of a name in any script; null or a name without letters gives null. */
    public static String of(String raw) {
        String s = Fold.compact(raw);
        return s == null ? null : ofLatin(s);
    }

    /** The key of an already folded lower-case ASCII name. */
    public static String ofLatin(String s) {
        char[] codes = codes(lettersOnly(s));
        if (codes.length == 0) return null;
        StringBuilder key = new StringBuilder(codes.length);
        int n = codes.length;
        int first = 0;
        while (first < n && codes[first] == H) first++; // Hakob / Akop: a lost initial h is no difference
        for (int i = 0; i < n; i++) {
            char c = codes[i];
            if (i == first && c == V) {
                key.append('A');
                continue;
            }
            if (c == V || c == H) continue;
            boolean softBetweenVowels = (c == G || c == X || c == 'F')
                    && i > 0 && isVowelish(codes, i - 1, -1) && i + 1 < n && isVowelish(codes, i + 1, +1);
            if (softBetweenVowels) continue;
            char out = (c == G || c == X) ? 'K' : c;
            if (key.length() > 0 && key.charAt(key.length() - 1) == out) continue;
            key.append(out);
        }
        return key.length() == 0 ? null : key.toString();
    }

    private static final char V = 'v', H = 'h', G = 'g', X = 'x';

    // Looks through h (dropped anyway) so "a-h-a" and "o-vh-a" count as between vowels.
    private static boolean isVowelish(char[] codes, int i, int step) {
        while (i >= 0 && i < codes.length && codes[i] == H) i += step;
        return i >= 0 && i < codes.length && codes[i] == V;
    }

    private static String lettersOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') b.append(c);
        }
        return b.toString();
    }

    /**
     * One code per sound: lower-case v (vowel), h, g, x (soft consonants decided later) or an
     * upper-case consonant class.
     */
    static char[] codes(String s) {
        int start = 0;
        // Armenian word-initial Ո is "vo"; Russian writes О (Восканян / Осканян).
        if (s.startsWith("vo")) start = 1;
        char[] out = new char[s.length() * 2];
        int n = 0;
        for (int i = start; i < s.length(); ) {
            int used = 1;
            char code;
            char c = s.charAt(i);
            if (s.startsWith("shch", i)) { code = 'S'; used = 4; }
            else if (s.startsWith("dzh", i) || s.startsWith("tch", i)) { code = 'C'; used = 3; }
            else if (s.startsWith("ch", i)) { code = 'C'; used = 2; }
            else if (s.startsWith("zh", i) || s.startsWith("sh", i)) { code = 'S'; used = 2; }
            else if (s.startsWith("kh", i) || s.startsWith("gh", i)) { code = c == 'k' ? X : G; used = 2; }
            else if (s.startsWith("th", i)) { code = 'T'; used = 2; }
            else if (s.startsWith("ph", i)) { code = 'P'; used = 2; }
            else if (s.startsWith("ck", i)) { code = 'K'; used = 2; }
            else code = single(s, i);
            // "vh" in Hovhannes: Russian Оганес drops the v together with the h.
            if (c == 'v' && used == 1 && i + 1 < s.length() && s.charAt(i + 1) == 'h') {
                i += 1;
                continue;
            }
            if (code == 'Y') { // a vowel-like glide
                code = V;
            }
            if (code == '-') {
                out[n++] = 'T';
                code = 'S';
            }
            out[n++] = code;
            i += used;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static char single(String s, int i) {
        char c = s.charAt(i);
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> V;
            case 'y' -> 'Y';
            case 'w' -> 'F';
            case 'b', 'p' -> 'P';
            case 'd', 't' -> 'T';
            case 'g' -> G;
            case 'k', 'q' -> 'K';
            case 'x' -> X;
            case 'z', 's' -> 'S';
            case 'v', 'f' -> 'F';
            case 'j' -> i > 0 && s.startsWith("jan", i) && s.length() == i + 3 ? 'Y' : 'C';
            // Armenian scientific and Polish-style romanisations write ts as c (Caturyan, -anc);
            // before a consonant (Clarke) it is k.
            case 'c' -> i + 1 == s.length() || "aeiouy".indexOf(s.charAt(i + 1)) >= 0 ? '-' : 'K';
            case 'h' -> H;
            default -> Character.toUpperCase(c);
        };
    }
}
