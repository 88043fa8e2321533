package am.haven.registration;

/**
 * The key range of a prefix: every search key (lower-case ASCII letters, digits and spaces) that
 * starts with {@code prefix} lies in [prefix, upperBound(prefix)). The bound uses only digits and
 * letters, whose order is the same under byte order and under the usual language collations, where
 * punctuation after "z" would be ignored.
 */
final class KeyRange {

    private KeyRange() {}

    /** The first key past every key starting with {@code prefix}; null when there is none ("zz…"). */
    static String upperBound(String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() > 0) {
            int last = b.length() - 1;
            char c = b.charAt(last);
            if (c == 'z') {
                b.setLength(last);
                continue;
            }
            b.setCharAt(last, c == '9' ? 'a' : (char) (c + 1));
            return b.toString();
        }
        return null;
    }
}
