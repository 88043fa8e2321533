package am.haven.registration;

import am.haven.erasure.ErasureStep;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registration's part of an erasure, run last: the record with its documents and needs is deleted,
 * the household's earlier versions lose the member, a household phone that is the member's own
 * number goes, and a household left with no one loses its
 * address, destination, notes and phones too (its number, point and origin stay for the figures).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RegistrationErasure implements ErasureStep {

    private final PersonRepository persons;
    private final HouseholdRepository households;
    private final JsonMapper json;

    RegistrationErasure(PersonRepository persons, HouseholdRepository households, JsonMapper json) {
        this.persons = persons;
        this.households = households;
        this.json = json;
    }

    @Override
    public Map<String, Integer> erase(String personId) {
        Person person = persons.find(personId).orElseThrow();
        String householdId = person.householdId();
        Map<String, Integer> erased = new HashMap<>(persons.erase(personId));
        boolean lastMember = persons.findByHousehold(householdId).isEmpty();
        // The household's number is the household's, unless it is this member's own.
        int phones = person.phone() == null ? 0 : households.erasePhone(householdId, person.phone());
        if (lastMember) phones += households.eraseContact(householdId);
        erased.put("householdPhones", phones);
        int revisions = 0;
        for (HouseholdRepository.Revision r : households.revisions(householdId)) {
            String scrubbed = scrub(r.snapshot(), personId, lastMember);
            if (!scrubbed.equals(r.snapshot())) {
                households.rewriteRevision(householdId, r.version(), scrubbed);
                revisions++;
            }
        }
        erased.put("householdRevisions", revisions);
        return erased;
    }

    /** An earlier version of the household without the member (and without contact fields if no one is left). */
    private String scrub(String snapshot, String personId, boolean lastMember) {
        JsonNode tree = json.readTree(snapshot);
        if (!(tree instanceof ObjectNode household)) return snapshot;
        if (household.get("members") instanceof ArrayNode members) {
            for (int i = members.size() - 1; i >= 0; i--) {
                JsonNode m = members.get(i);
                if (m.has("id") && personId.equals(m.get("id").asString())) members.remove(i);
            }
        }
        if (lastMember) {
            for (String field : new String[] {"currentAddress", "destination", "phone", "notes"}) household.remove(field);
            household.putArray("phones");
        }
        return json.writeValueAsString(household);
    }
}
