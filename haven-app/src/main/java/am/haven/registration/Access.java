package am.haven.registration;

/** Who may read and write registrations, as {@code @PreAuthorize} expressions. */
public final class Access {

    public static final String READ_PERSONS = "hasAnyRole('ADMIN','REGISTRAR','CASEWORKER','SHELTER','ASSISTANCE')";
    public static final String WRITE_REGISTRATIONS = "hasAnyRole('ADMIN','REGISTRAR','CASEWORKER')";

    private Access() {}
}
