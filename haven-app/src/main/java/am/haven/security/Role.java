package am.haven.security;

/** What a user may do. Stored by name in {@code app_user.roles}. */
public enum Role {
    /** Users, roles, model and configuration. */
    ADMIN,
    /** Reception desk: registers households, sees likely earlier registrations. */
    REGISTRAR,
    /** Tracing, protection, duplicate review. */
    CASEWORKER,
    /** Shelter coordinator: sites, allocation, check-in/out. */
    SHELTER,
    /** Assistance officer: programmes and payment lists. */
    ASSISTANCE,
    /** Dashboards and aggregate exports; never an individual's data. */
    ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }
}
