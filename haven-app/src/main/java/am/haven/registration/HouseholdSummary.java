package am.haven.registration;

/** One row of the household list. */
public record HouseholdSummary(String id, String number, String registrationPoint, String registeredAt,
                               String headName, String headNameLatin, int size, String phone) {}
