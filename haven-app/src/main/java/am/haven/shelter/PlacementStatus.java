package am.haven.shelter;

import java.util.Set;

/** A placement's lifecycle: proposed → confirmed → checked in → checked out (or transferred). Stored by name. */
public enum PlacementStatus {
    PROPOSED, CONFIRMED, CHECKED_IN, CHECKED_OUT, TRANSFERRED,
    /** A later proposal for the same household replaced this one. */
    SUPERSEDED,
    /** Withdrawn before check-in. */
    CANCELLED;

    /** Statuses that hold beds: occupancy is the sum of persons over placements in these. */
    public static final Set<PlacementStatus> HOLDING_BEDS = Set.of(CONFIRMED, CHECKED_IN);
}
