package am.haven.match.compare;

/** Cheap edit-distance tests for short codes (phones, documents, postcodes). */
final class Edits {
    private Edits() {}

    /** True when one substitution, insertion, deletion or adjacent transposition turns a into b. */
    static boolean withinOne(String a, String b) {
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
        if (i == la && i == lb) return true;
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
