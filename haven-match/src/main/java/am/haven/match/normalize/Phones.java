package am.haven.match.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** Phone numbers to E.164 with libphonenumber, Armenia as the default region. */
public final class Phones {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {}

    /**
     * The E.164 form ("+37491234567") of a number written 091234567, +374 91 234 567, 00374…,
     * 374-91-23-45-67 …; when libphonenumber cannot parse it, its digits alone; null when it has none.
     */
    public static String e164(String raw, String defaultRegion) {
        if (raw == null) return null;
        String digits = raw.replaceAll("[^0-9+]", "");
        if (digits.replace("+", "").isEmpty()) return null;
        String candidate = raw.trim();
        // "374-91-…" and "00374…" without a plus: libphonenumber reads them as national numbers.
        String d = digits.replace("+", "");
        if (!digits.startsWith("+") && d.startsWith("00")) candidate = "+" + d.substring(2);
        else if (!digits.startsWith("+") && d.startsWith("374") && d.length() == 11) candidate = "+" + d;
        try {
            var number = UTIL.parse(candidate, defaultRegion);
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return d;
        }
    }
}
