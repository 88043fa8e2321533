package am.haven.registration;

import java.util.List;

/** A household member as registered, with the Latin forms Haven computed for each name. */
public record Person(
        String id,
        String householdId,
        int position,
        String givenName,
        String givenNameLatin,
        String familyName,
        String familyNameLatin,
        String patronymic,
        String patronymicLatin,
        Sex sex,
        String birthDate,
        boolean birthDateEstimated,
        Relationship relationship,
        List<SpecificNeed> needs,
        List<Document> documents,
        String phone,
        List<String> languages,
        String createdAt,
        String updatedAt,
        int version) {

    /** An identity document. */
    public record Document(DocumentType type, String number) {}

    /** The same record showing only {@code visibleNeeds}. */
    public Person withNeeds(List<SpecificNeed> visibleNeeds) {
        return new Person(id, householdId, position, givenName, givenNameLatin, familyName, familyNameLatin,
                patronymic, patronymicLatin, sex, birthDate, birthDateEstimated, relationship, visibleNeeds,
                documents, phone, languages, createdAt, updatedAt, version);
    }

    public String fullName() {
        return familyName + " " + givenName + (patronymic == null ? "" : " " + patronymic);
    }

    public String fullNameLatin() {
        return familyNameLatin + " " + givenNameLatin + (patronymicLatin == null ? "" : " " + patronymicLatin);
    }

    /** Birth year, or null when unknown. */
    public Integer birthYear() {
        return birthDate == null ? null : Integer.valueOf(birthDate.substring(0, 4));
    }
}
