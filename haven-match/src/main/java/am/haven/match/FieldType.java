package am.haven.match;

import java.util.Arrays;
import java.util.Locale;

/** What a field holds; decides how it is normalised and compared. Stored by its {@link #code()}. */
public enum FieldType {
    GIVEN_NAME, FAMILY_NAME, FULL_NAME, PATRONYMIC, BIRTH_DATE, SEX, PHONE, DOCUMENT, PLACE, ADDRESS,
    POSTCODE, EMAIL, TEXT;

    /** The stable lower-case code used on the command line and in model JSON, e.g. {@code given_name}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by {@code code}; throws {@link UnknownFieldTypeException} listing the valid codes. */
    public static FieldType ofCode(String code) {
        for (FieldType t : values()) {
            if (t.code().equalsIgnoreCase(code.trim())) return t;
        }
        throw new UnknownFieldTypeException(code, Arrays.stream(values()).map(FieldType::code).toList());
    }
}
