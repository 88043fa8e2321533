package am.haven.registration;

/**
 * What other features (de-duplication, tracing, shelter) read about a registered person in bulk:
 * the person's names as typed and in Latin, birth date, sex, phone, and the household facts that
 * help to tell people apart. Returned without an audit event: it feeds machines (indexes, the
 * optimizer); a feature that shows it to a person audits that read itself.
 */
public record PersonFacts(
        String personId,
        String householdId,
        String householdNumber,
        String givenName,
        String familyName,
        String patronymic,
        String givenNameLatin,
        String familyNameLatin,
        String patronymicLatin,
        Sex sex,
        String birthDate,
        Relationship relationship,
        String phone,
        String householdPhone,
        String originSettlement,
        String registrationPoint,
        String registeredAt,
        boolean consentTracing,
        String documentNumber) {

    /** The person's own phone, else the household's first phone. */
    public String anyPhone() {
        return phone != null ? phone : householdPhone;
    }
}
