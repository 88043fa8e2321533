package am.haven.registration;

import java.util.Locale;

/** Document numbers compared the way clerks mean them: case, spaces, dashes and Cyrillic look-alikes folded. */
final class Documents {

    private static final String CYRILLIC = "АВЕКМНОРСТУХаеокрсух";
    private static final String LATIN    = "ABEKMHOPCTYXaeokpcyx";

    private Documents() {}

    static String key(String number) {
        StringBuilder sb = new StringBuilder(number.length());
        for (char c : number.toCharArray()) {
            int i = CYRILLIC.indexOf(c);
            char folded = i >= 0 ? LATIN.charAt(i) : c;
            if (Character.isLetterOrDigit(folded)) sb.append(folded);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
