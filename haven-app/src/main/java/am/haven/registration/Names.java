package am.haven.registration;

import am.haven.match.normalize.Transliteration;
import java.util.Locale;

/** Latin forms and search keys of names typed in any script. */
final class Names {

    private Names() {}

    static String latin(String name) {
        return name == null ? null : Transliteration.toLatin(name).trim();
    }

    /** Lower-case ASCII letters and single spaces: what list searches compare by prefix. */
    static String key(String name) {
        return name == null ? null : keyOfLatin(latin(name));
    }

    static String keyOfLatin(String latin) {
        if (latin == null) return null;
        return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").trim();
    }
}
