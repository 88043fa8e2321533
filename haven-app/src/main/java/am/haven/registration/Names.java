package am.haven.registration;

import am.haven.match.normalize.NameKey;
import am.haven.match.normalize.Transliteration;
import java.util.Locale;
import java.util.regex.Pattern;

/** Latin forms and search keys of names typed in any script. */
final class Names {

    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {}

    static String latin(String name) {
        return name == null ? null : Transliteration.toLatin(name).trim();
    }

    /** Lower-case ASCII letters and single spaces: what list searches compare by prefix. */
    static String key(String name) {
        return name == null ? null : keyOfLatin(latin(name));
    }

    /**
     * The cross-script sound key of a name (any script) that de-duplication and tracing compare by:
     * Հովհաննիսյան, Оганесян, Ованесян, Hovhannisyan and Hovannisyan share one. Null without letters.
     */
    static String sound(String name) {
        return name == null ? null : NameKey.of(name);
    }

    static String keyOfLatin(String latin) {
        if (latin == null) return null;
        return SPACES.matcher(NOT_KEY.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").trim();
    }
}
