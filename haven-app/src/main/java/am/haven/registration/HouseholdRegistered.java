package am.haven.registration;

import java.util.List;

/**
 * Published inside the transaction that registered a household or added members, so listeners
 * (de-duplication, tracing) can act in the same transaction or after commit.
 */
public record HouseholdRegistered(String householdId, List<String> personIds) {}
