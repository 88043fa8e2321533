package am.haven.registration;

import java.util.List;

/** A registered household with its members. */
public record Household(
        String id,
        String number,
        String registrationPoint,
        String registeredBy,
        String registeredAt,
        String updatedAt,
        int version,
        HouseholdRequest.Origin origin,
        String currentAddress,
        String destination,
        String phone,
        List<String> phones,
        HouseholdRequest.Consent consent,
        String notes,
        List<Person> members) {

    /** The same household with {@code visibleMembers} in place of its members. */
    public Household withMembers(List<Person> visibleMembers) {
        return new Household(id, number, registrationPoint, registeredBy, registeredAt, updatedAt, version, origin,
                currentAddress, destination, phone, phones, consent, notes, visibleMembers);
    }

    public Person head() {
        return members.stream().filter(m -> m.relationship() == Relationship.HEAD).findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
    }
}
