package am.haven.registration;

import java.util.List;

/**
 * One household member as posted; see {@link HouseholdRequest}. {@code identityId}, when
 * registering, is the clerk's decision that this person is the one already known under that
 * identity (an earlier registration the desk showed): the new record is attached to it.
 */
public record MemberRequest(
        String givenName,
        String familyName,
        String patronymic,
        String sex,
        String birthDate,
        Boolean birthDateEstimated,
        String relationship,
        List<String> needs,
        List<DocumentRequest> documents,
        String phone,
        List<String> languages,
        String identityId) {

    /** A member with no identity chosen. */
    public MemberRequest(String givenName, String familyName, String patronymic, String sex, String birthDate,
                         Boolean birthDateEstimated, String relationship, List<String> needs,
                         List<DocumentRequest> documents, String phone, List<String> languages) {
        this(givenName, familyName, patronymic, sex, birthDate, birthDateEstimated, relationship, needs, documents,
                phone, languages, null);
    }

    /** An identity document as posted. */
    public record DocumentRequest(String type, String number) {}
}
