package am.haven.registration;

import java.util.List;

/** One household member as posted; see {@link HouseholdRequest}. */
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
        List<String> languages) {

    /** An identity document as posted. */
    public record DocumentRequest(String type, String number) {}
}
