package am.haven.dedup;

import am.haven.match.FieldType;
import am.haven.match.Record;
import am.haven.match.Schema;
import am.haven.registration.PersonFacts;
import java.util.HashMap;
import java.util.Map;

/**
 * How a registered person becomes a linkage record: the fields Haven links on and their types.
 * Names go in as typed (any script); the engine transliterates and folds them itself.
 */
public final class PersonRecords {

    public static final String GIVEN_NAME = "given_name";
    public static final String FAMILY_NAME = "family_name";
    public static final String PATRONYMIC = "patronymic";
    public static final String BIRTH_DATE = "birth_date";
    public static final String SEX = "sex";
    public static final String PHONE = "phone";
    public static final String DOCUMENT = "document";
    public static final String ORIGIN = "origin";

    /** The linkage schema every Haven model uses. */
    public static final Schema SCHEMA = Schema.builder()
            .field(GIVEN_NAME, FieldType.GIVEN_NAME)
            .field(FAMILY_NAME, FieldType.FAMILY_NAME)
            .field(PATRONYMIC, FieldType.PATRONYMIC)
            .field(BIRTH_DATE, FieldType.BIRTH_DATE)
            .field(SEX, FieldType.SEX)
            .field(PHONE, FieldType.PHONE)
            .field(DOCUMENT, FieldType.DOCUMENT)
            .field(ORIGIN, FieldType.PLACE)
            .build();

    private PersonRecords() {}

    /** The linkage record of a registered person (its id is the person id). */
    public static Record of(PersonFacts p) {
        Map<String, String> v = new HashMap<>();
        put(v, GIVEN_NAME, p.givenName());
        put(v, FAMILY_NAME, p.familyName());
        put(v, PATRONYMIC, p.patronymic());
        put(v, BIRTH_DATE, p.birthDate());
        put(v, SEX, p.sex() == null ? null : p.sex().name());
        put(v, PHONE, p.anyPhone());
        put(v, DOCUMENT, p.documentNumber());
        put(v, ORIGIN, p.originSettlement());
        return new Record(p.personId(), v);
    }

    private static void put(Map<String, String> values, String field, String value) {
        if (value != null && !value.isBlank()) values.put(field, value);
    }
}
