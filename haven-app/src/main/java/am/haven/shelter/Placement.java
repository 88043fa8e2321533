package am.haven.shelter;

/**
 * A household at a site for a period. {@code persons} is the household's size when it was placed:
 * the beds this placement holds while confirmed or checked in. The cost fields say why the
 * optimizer proposed it (null for a placement made by hand).
 */
public record Placement(String id, String householdId, String siteId, String runId, int persons, String origin,
                        PlacementStatus status, Cost cost, String proposedAt, String confirmedAt,
                        String checkedInAt, String endedAt, String transferredTo, String updatedBy, int version) {

    /** The soft terms this placement costs, in points. */
    public record Cost(double region, double distance, double km, double fill, double origin, double total) {}
}
