package am.haven.shelter;

/** Whether the optimizer may send households to a site. Stored by name. */
public enum SiteStatus {
    /** Takes households. */
    OPEN,
    /** Declared full by its coordinator: keeps its residents, takes nobody new. */
    FULL,
    /** Out of use. */
    CLOSED
}
