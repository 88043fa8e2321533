package am.haven.registration;

import java.util.List;

/**
 * Published inside the transaction that registered a household or added members, so listeners
 * (de-duplication, tracing) can act in the same transaction or after commit. {@code newHousehold}
 * tells a household created in that transaction from members added to an earlier one.
 */
public record HouseholdRegistered(String householdId, List<String> personIds, boolean newHousehold) {}
