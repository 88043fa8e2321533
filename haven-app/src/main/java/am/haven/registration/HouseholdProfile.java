package am.haven.registration;

import java.util.List;

/**
 * What shelter allocation reads about a household in bulk: size, names, sexes and birth dates, and of
 * the specific needs only "needs an accessible site" and "has some specific need" — never the
 * medical codes. Returned without an audit event; a feature that shows it to a person audits that.
 */
public record HouseholdProfile(String householdId, String number, String registrationPoint,
                               String originSettlement, String destination, String registeredAt,
                               List<Member> members) {

    public record Member(String personId, String givenName, String familyName, Sex sex, String birthDate,
                         Relationship relationship, boolean needsAccessibleSite, boolean hasSpecificNeed) {

        /** Birth year, or null when unknown. */
        public Integer birthYear() {
            return birthDate == null ? null : Integer.valueOf(birthDate.substring(0, 4));
        }
    }

    public int size() {
        return members.size();
    }
}
