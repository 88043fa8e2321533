package am.haven.match.normalize;

import com.ibm.icu.text.Transliterator;

/**
 * Turns a name typed in Armenian, Cyrillic or Latin script into a plain-ASCII Latin form.
 *
 * <p>Armenian goes through {@code Armenian-Latin/BGN} (the passport-like romanisation), Cyrillic
 * through {@code Russian-Latin/BGN}, anything else through {@code Any-Latin}; all then through
 * {@code Latin-ASCII}. ICU transliterators are thread-safe for {@code transliterate(String)}
 * only when not shared across threads while being built, so each is built once here.
 */
public final class Transliteration {

    private static final Transliterator ARMENIAN =
            Transliterator.getInstance("Armenian-Latin/BGN; Latin-ASCII");
    private static final Transliterator RUSSIAN =
            Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator ANY =
            Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Transliteration() {}

    /** The ASCII Latin form of {@code text}, keeping case and spaces; null stays null. */
    public static String toLatin(String text) {
        if (text == null) {
            return null;
        }
        if (isAscii(text)) {
            return text;
        }
        Transliterator t = switch (dominantScript(text)) {
            case ARMENIAN -> ARMENIAN;
            case CYRILLIC -> RUSSIAN;
            default -> ANY;
        };
        String latin;
        synchronized (t) { // ICU transliterators keep per-call state in some rule sets
            latin = t.transliterate(text);
        }
        // Russian-Latin/BGN puts a middle dot between some letter pairs; Latin-ASCII keeps it.
        return latin.replace("\u00B7", "").replace("\u02B9", "").replace("\u02BA", "")
                .replace("'", "").replace("\u2019", "");
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
