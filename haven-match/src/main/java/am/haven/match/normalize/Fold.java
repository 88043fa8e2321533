package am.haven.match.normalize;

import java.util.Locale;

/** Case and punctuation folding shared by every normaliser. */
public final class Fold {
    private Fold() {}

    /** Latin, lower case, letters and digits only, single spaces between words; null or blank gives null. */
    public static String words(String raw) {
        if (raw == null) return null;
        String latin = Transliteration.toLatin(raw).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(latin.length());
        boolean space = false;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && b.length() > 0) b.append(' ');
                b.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Like {@link #words} but with the spaces removed too ("Ter-Petrosyan" → "terpetrosyan"). */
    public static String compact(String raw) {
        String w = words(raw);
        return w == null ? null : w.replace(" ", "");
    }
}
