package am.haven.match.normalize;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a name typed in Armenian, Cyrillic or Latin script into a plain-ASCII Latin form.
 *
 * <p>Armenian goes through {@code Armenian-Latin/BGN} (the passport-like romanisation), Cyrillic
 * through {@code Russian-Latin/BGN}, anything else through {@code Any-Latin}; all then through
 * {@code Latin-ASCII}. ICU transliterators keep per-call state, so each thread gets its own.
 */
public final class Transliteration {

    private static final ThreadLocal<Transliterator> ARMENIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Armenian-Latin/BGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> RUSSIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ANY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    // Names repeat heavily in a population (a few thousand given names, tens of thousands of family
    // names), and ICU takes tens of microseconds a name, a few per cent of a registration's CPU. The
    // forms are a pure function of the text, so any instance can keep them; the cap bounds memory
    // (about 20 MB at most) and a name beyond it is simply transliterated again.
    private static final int MEMO_MAX = 100_000;
    private static final int MEMO_MAX_LENGTH = 64;
    private static final ConcurrentHashMap<String, String> MEMO = new ConcurrentHashMap<>();

    private Transliteration() {}

    /** The ASCII Latin form of {@code text}, keeping case and spaces; null stays null. */
    public static String toLatin(String text) {
        if (text == null) {
            return null;
        }
        if (isAscii(text)) {
            return text;
        }
        if (text.length() > MEMO_MAX_LENGTH) return transliterate(text);
        String known = MEMO.get(text);
        if (known != null) return known;
        String latin = transliterate(text);
        if (MEMO.size() < MEMO_MAX) MEMO.putIfAbsent(text, latin);
        return latin;
    }

    private static String transliterate(String text) {
        String latin = switch (dominantScript(text)) {
            case ARMENIAN -> ARMENIAN.get().transliterate(passportArmenian(text));
            case CYRILLIC -> RUSSIAN.get().transliterate(text);
            default -> ANY.get().transliterate(text);
        };
        // Russian-Latin/BGN puts a middle dot between some letter pairs; Latin-ASCII keeps it.
        latin = latin.replace("\u00B7", "").replace("\u02B9", "").replace("\u02BA", "")
                .replace("'", "").replace("\u2019", "");
        return isAscii(latin) ? latin : leftovers(latin);
    }

    // What no rule covered (a lone Armenian ւ, the old-orthography v; stray symbols): Any-Latin, then drop.
    private static String leftovers(String text) {
        String latin = ANY.get().transliterate(text.replace('ւ', 'v').replace('Ւ', 'V'));
        StringBuilder b = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) if (latin.charAt(i) < 128) b.append(latin.charAt(i));
        return b.toString();
    }

    /**
     * Armenian passports write Ո inside a word as "o" and Ռ as "r"; ICU's BGN rules write
     * "vo" after some consonants (Չոբանյան → Chvobanyan) and "rr" for Ռ, which no passport does.
     */
    static String passportArmenian(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inside = i > 0 && Character.isLetter(text.charAt(i - 1));
            boolean beforeU = i + 1 < text.length() && (text.charAt(i + 1) == 'ւ' || text.charAt(i + 1) == 'Ւ');
            if (inside && !beforeU && (c == 'ո' || c == 'Ո')) {
                b.append(c == 'ո' ? 'օ' : 'Օ'); // Armenian օ, which BGN writes as plain o
            } else if (c == 'ռ' || c == 'Ռ') {
                b.append(c == 'ռ' ? 'ր' : 'Ր');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The script most of the letters of {@code text} are written in. */
    public static Script dominantScript(String text) {
        int armenian = 0, cyrillic = 0, latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.ARMENIAN) armenian++;
            else if (s == Character.UnicodeScript.CYRILLIC) cyrillic++;
            else if (s == Character.UnicodeScript.LATIN) latin++;
            i += Character.charCount(cp);
        }
        if (armenian >= cyrillic && armenian > latin && armenian > 0) return Script.ARMENIAN;
        if (cyrillic > latin && cyrillic > 0) return Script.CYRILLIC;
        if (latin > 0) return Script.LATIN;
        return Script.OTHER;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) return false;
        }
        return true;
    }

    /** Scripts Haven meets in names. */
    public enum Script { ARMENIAN, CYRILLIC, LATIN, OTHER }
}
