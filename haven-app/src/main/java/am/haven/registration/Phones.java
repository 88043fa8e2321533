package am.haven.registration;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/** Phone numbers as E.164, read the way Armenian clerks write them (091234567, 00374…, +374 91 …). */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "AM";
    private static final Pattern ARMENIAN_WITHOUT_PLUS = Pattern.compile("374[\\d\\s().-]{8,}");

    private Phones() {}

    /** The E.164 form of {@code raw}; throws {@link IllegalArgumentException} if it is not a valid number. */
    public static String toE164(String raw) {
        String cleaned = raw.trim();
        if (cleaned.startsWith("00")) {
            cleaned = "+" + cleaned.substring(2);
        } else if (ARMENIAN_WITHOUT_PLUS.matcher(cleaned).matches()) {
            cleaned = "+" + cleaned;
        }
        try {
            PhoneNumber number = UTIL.parse(cleaned, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                throw new IllegalArgumentException("is not a valid phone number: '" + raw + "'");
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("is not a phone number: '" + raw + "'");
        }
    }

    /** E.164 if {@code raw} reads as a phone number, else null (for search boxes). */
    public static String tryE164(String raw) {
        if (raw == null || raw.replaceAll("\\D", "").length() < 6) return null;
        try {
            return toE164(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
