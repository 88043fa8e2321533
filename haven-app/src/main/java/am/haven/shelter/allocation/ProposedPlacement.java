package am.haven.shelter.allocation;

/** One household at one site, with what that costs. */
public record ProposedPlacement(String householdId, String siteId, int persons, CostBreakdown cost) {}
