package am.haven.reports;

/** Who may see aggregates and record outside figures, as {@code @PreAuthorize} expressions. */
final class ReportAccess {

    /** Analysts and admins: aggregates only, never an individual's data. */
    static final String VIEW = "hasAnyRole('ADMIN','ANALYST')";

    private ReportAccess() {}
}
