package am.haven.match.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers to E.164 with libphonenumber, Armenia as the default region. */
public final class Phones {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {}

    /**
     * The common Armenian shapes (0XXXXXXXX, +374…, 00374…, 374…, 8 bare digits) without a full parse:
     * a million registrations would otherwise spend most of their preparation in libphonenumber.
     * Anything else returns null and goes the general way.
     */
    static String armenian(String raw) {
        StringBuilder d = new StringBuilder(16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') d.append(c);
            else if (c == '+' && d.length() == 0) d.append("00");
            else if (" -().".indexOf(c) < 0) return null;
        }
        String s = d.toString();
        String national;
        if (s.length() == 13 && s.startsWith("00374")) national = s.substring(5);
        else if (s.length() == 11 && s.startsWith("374")) national = s.substring(3);
        else if (s.length() == 9 && s.startsWith("0")) national = s.substring(1);
        else if (s.length() == 8 && s.charAt(0) != '0') national = s;
        else return null;
        return "+374" + national;
    }

    /**
     * The E.164 form ("+37491234567") of a number written 091234567, +374 91 234 567, 00374…,
     * 374-91-23-45-67 …; when libphonenumber cannot parse it, its digits alone; null when it has none.
     */
    public static String e164(String raw, String defaultRegion) {
        if (raw == null) return null;
        if ("AM".equals(defaultRegion)) {
            String fast = armenian(raw);
            if (fast != null) return fast;
        }
        String d = raw.replaceAll("[^0-9]", "");
        if (d.isEmpty()) return null;
        try {
            var number = UTIL.parse(candidate(raw), defaultRegion);
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return d;
        }
    }

    /**
     * The E.164 form of a number libphonenumber holds dialable, read as {@link #e164} reads it: for a
     * register, which refuses what {@code e164} would keep as bare digits.
     *
     * @throws InvalidPhoneException worded for a clerk: "is not a phone number: '…'" when it cannot be
     *         read as one, "is not a valid phone number: '…'" when no such number exists
     */
    public static String validE164(String raw, String defaultRegion) {
        PhoneNumber number;
        try {
            number = UTIL.parse(candidate(raw), defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidPhoneException("is not a phone number: '" + raw + "'");
        }
        if (!UTIL.isValidNumber(number)) throw new InvalidPhoneException("is not a valid phone number: '" + raw + "'");
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** {@link #validE164}, or null when {@code raw} has fewer than 6 digits or is no valid number: for search boxes. */
    public static String validE164OrNull(String raw, String defaultRegion) {
        if (raw == null || raw.replaceAll("\\D", "").length() < 6) return null;
        try {
            return validE164(raw, defaultRegion);
        } catch (InvalidPhoneException e) {
            return null;
        }
    }

    // "374-91-…" and "00374…" without a plus: libphonenumber reads them as national numbers.
    private static String candidate(String raw) {
        String digits = raw.replaceAll("[^0-9+]", "");
        String d = digits.replace("+", "");
        if (!digits.startsWith("+") && d.startsWith("00")) return "+" + d.substring(2);
        if (!digits.startsWith("+") && d.startsWith("374") && d.length() == 11) return "+" + d;
        return raw.trim();
    }

    /** Thrown for text a register must not store as a phone number. */
    public static class InvalidPhoneException extends am.haven.match.MatchException {
        InvalidPhoneException(String message) {
            super(message);
        }
    }
}
