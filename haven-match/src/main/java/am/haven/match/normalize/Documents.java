package am.haven.match.normalize;

import java.util.Locale;

/**
 * Document numbers folded for comparison and for a register's lookup key: upper case, Cyrillic letters
 * that look like Latin ones (А, В, Е, К, М, Н, О, Р, С, Т, Х, У, and their lower-case forms) become
 * those Latin letters, since Russian-keyboard clerks type "АМ1234567"; separators are dropped. Other
 * letters, Armenian or Cyrillic, are kept: "ДВ" and "ЖВ" are different series, and dropping them
 * would make their numbers agree.
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
            if (Character.isLetterOrDigit(c)) b.append(c);
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
