package am.haven.reports;

/** How far an outside figure can be trusted, as the analyst who recorded it judged. Stored by name. */
public enum Verification {
    /** Published by an authority; not necessarily checked. */
    OFFICIAL,
    UNVERIFIED,
    VERIFIED,
    /** Contradicted by another source. */
    DISPUTED
}
