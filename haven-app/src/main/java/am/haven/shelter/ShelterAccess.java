package am.haven.shelter;

/** Who may do what with shelter, as {@code @PreAuthorize} expressions. */
final class ShelterAccess {

    /** Sites, allocation runs, placements and the names of residents. */
    static final String MANAGE = "hasAnyRole('ADMIN','SHELTER')";
    /** Site facts and occupancy figures: no personal data. */
    static final String READ_SITES = "hasAnyRole('ADMIN','SHELTER','REGISTRAR','CASEWORKER','ASSISTANCE','ANALYST')";

    private ShelterAccess() {}
}
