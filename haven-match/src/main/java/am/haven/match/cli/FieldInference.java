package am.haven.match.cli;

import am.haven.match.FieldType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Guesses field types from common column names ({@code first_name}, {@code dob}, {@code gender} …). */
final class FieldInference {
    private static final Map<String, FieldType> NAMES = new LinkedHashMap<>();

    static {
        for (String n : List.of("given_name", "first_name", "firstname", "forename", "forenames", "givenname",
                "name_first", "fname", "given")) NAMES.put(n, FieldType.GIVEN_NAME);
        for (String n : List.of("surname", "last_name", "lastname", "family_name", "familyname", "name_last",
                "lname", "family")) NAMES.put(n, FieldType.FAMILY_NAME);
        for (String n : List.of("full_name", "fullname", "name", "person_name")) NAMES.put(n, FieldType.FULL_NAME);
        for (String n : List.of("patronymic", "middle_name", "middlename", "father_name", "fathers_name",
                "father_s_name", "otchestvo")) NAMES.put(n, FieldType.PATRONYMIC);
        for (String n : List.of("dob", "date_of_birth", "birth_date", "birthdate", "birthday", "born", "dateofbirth"))
            NAMES.put(n, FieldType.BIRTH_DATE);
        for (String n : List.of("sex", "gender")) NAMES.put(n, FieldType.SEX);
        for (String n : List.of("phone", "phone_number", "telephone", "tel", "mobile", "mobile_phone", "cell",
                "phone1", "contact_phone")) NAMES.put(n, FieldType.PHONE);
        for (String n : List.of("document", "document_number", "doc_number", "passport", "passport_number",
                "soc_sec_id", "ssn", "national_id", "id_number", "document_no")) NAMES.put(n, FieldType.DOCUMENT);
        for (String n : List.of("birth_place", "place_of_birth", "birthplace", "place", "city", "town", "suburb",
                "settlement", "origin", "village", "locality", "origin_place", "state", "region", "province"))
            NAMES.put(n, FieldType.PLACE);
        for (String n : List.of("address", "address_1", "address_2", "address1", "address2", "street",
                "street_address", "addr")) NAMES.put(n, FieldType.ADDRESS);
        for (String n : List.of("postcode", "post_code", "postal_code", "zip", "zipcode", "zip_code"))
            NAMES.put(n, FieldType.POSTCODE);
        for (String n : List.of("email", "e_mail", "email_address", "mail")) NAMES.put(n, FieldType.EMAIL);
        for (String n : List.of("street_number", "house_number")) NAMES.put(n, FieldType.TEXT);
    }

    private FieldInference() {}

    /** Column → type for every recognised column except the id column, in header order. */
    static Map<String, FieldType> infer(List<String> header, String idColumn) {
        Map<String, FieldType> out = new LinkedHashMap<>();
        for (String h : header) {
            if (h.equals(idColumn)) continue;
            FieldType t = NAMES.get(canonical(h));
            if (t != null) out.put(h, t);
        }
        return out;
    }

    static String canonical(String column) {
        return column.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
