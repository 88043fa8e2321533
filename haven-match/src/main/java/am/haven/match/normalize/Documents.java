package am.haven.match.normalize;

import java.util.Locale;

/**
 * Document numbers folded for comparison: Cyrillic letters that look like Latin ones (А, В, Е, К, М,
 * Н, О, Р, С, Т, Х, У) become those Latin letters, since Russian-keyboard clerks type "АМ1234567";
 * separators and case are dropped.
 */
public final class Documents {
    private static final String CYRILLIC = "АВЕКМНОРСТХУ";
    private static final String LATIN = "ABEKMHOPCTXY";

    private Documents() {}

    /** Upper-case letters and digits only, look-alikes folded; null when nothing is left. */
    public static String fold(String raw) {
        if (raw == null) return null;
        String up = raw.toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(up.length());
        for (int i = 0; i < up.length(); i++) {
            char c = up.charAt(i);
            int k = CYRILLIC.indexOf(c);
            if (k >= 0) c = LATIN.charAt(k);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) b.append(c);
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** The digits of a folded number, for the level "same digits, letters differ". */
    public static String digits(String folded) {
        if (folded == null) return null;
        StringBuilder d = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= '0' && c <= '9') d.append(c);
        }
        return d.length() == 0 ? null : d.toString();
    }
}
