package am.haven.tracing;

import am.haven.match.normalize.Transliteration;
import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A name in the scripts it was not typed in: the Latin form Haven stores, plus mechanical Cyrillic
 * and Armenian forms made from it, so another finder's users can find it in their script. These
 * are transliterations, not the spellings a clerk would choose (Hovhannisyan gives Ховханнисян,
 * not Оганесян): good enough for a search engine that compares across scripts.
 */
final class ScriptForms {

    private static final Transliterator TO_CYRILLIC = Transliterator.getInstance("Latin-Cyrillic");
    private static final Transliterator TO_ARMENIAN = Transliterator.getInstance("Latin-Armenian");

    private ScriptForms() {}

    /** The other-script forms of {@code name}, without the name itself; empty for null. */
    static Set<String> others(String name) {
        Set<String> out = new LinkedHashSet<>();
        if (name == null || name.isBlank()) return out;
        Transliteration.Script script = Transliteration.dominantScript(name);
        String latin = Transliteration.toLatin(name).strip();
        if (script != Transliteration.Script.LATIN) out.add(latin);
        if (script != Transliteration.Script.CYRILLIC) out.add(apply(TO_CYRILLIC, latin.toLowerCase(java.util.Locale.ROOT)));
        if (script != Transliteration.Script.ARMENIAN) out.add(apply(TO_ARMENIAN, latin.toLowerCase(java.util.Locale.ROOT)));
        out.remove(name.strip());
        out.removeIf(String::isBlank);
        return out;
    }

    private static String apply(Transliterator t, String text) {
        String s;
        synchronized (t) {
            s = t.transliterate(text);
        }
        return capitalise(s.strip());
    }

    private static String capitalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(start ? Character.toUpperCase(cp) : cp);
            start = Character.isWhitespace(cp) || cp == '-';
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
