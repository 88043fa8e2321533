package am.haven.match.normalize;

/**
 * Reduces a patronymic to the father's given name: Russian Арменович / Арменовна (Armenovich,
 * Armenovna) and the Armenian genitive Արմենի (Armeni) all become "armen".
 */
public final class Patronymics {
    private static final String[] RUSSIAN_SUFFIXES = {
        "ovichna", "evichna", "yevich", "ievich", "yevna", "ievna", "ovich", "evich", "ovych", "evych",
        "ovna", "evna", "ichna", "inichna", "ovic", "evic", "ivna", "ich"
    };

    private Patronymics() {}

    /** The father's name inside a folded lower-case patronymic; unchanged when no suffix is found. */
    public static String fatherName(String folded) {
        if (folded == null) return null;
        String s = folded.replace(" ", "");
        for (String suffix : RUSSIAN_SUFFIXES) {
            if (s.length() > suffix.length() + 2 && s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        // Armenian genitive: Armen → Armeni, Karo → Karoyi.
        if (s.length() > 4 && s.endsWith("yi")) return s.substring(0, s.length() - 2);
        if (s.length() > 3 && s.endsWith("i")) return s.substring(0, s.length() - 1);
        return s;
    }
}
