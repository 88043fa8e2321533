package am.haven.match.compare;

import am.haven.match.FieldType;

/** The standard comparison for each field type. */
public final class Comparisons {
    private Comparisons() {}

    /** A new comparison of {@code field} suited to {@code type}; phones default to region AM. */
    public static Comparison forField(String field, FieldType type) {
        return switch (type) {
            case GIVEN_NAME, FAMILY_NAME, PATRONYMIC -> new NameComparison(field, type);
            case FULL_NAME -> new FullNameComparison(field);
            case BIRTH_DATE -> new DateComparison(field);
            case SEX -> new SexComparison(field);
            case PHONE -> new PhoneComparison(field, "AM");
            case DOCUMENT -> new DocumentComparison(field);
            case PLACE -> new PlaceComparison(field);
            case POSTCODE -> new PostcodeComparison(field);
            case EMAIL -> new EmailComparison(field);
            case ADDRESS, TEXT -> new TextComparison(field, type);
        };
    }
}
