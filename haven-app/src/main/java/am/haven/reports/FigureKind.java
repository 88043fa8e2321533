package am.haven.reports;

/** What an outside figure counts. Stored by name. */
public enum FigureKind {
    /** Arrivals counted by someone else (border police, municipalities, UN agencies). */
    ARRIVALS,
    /** People killed. */
    CASUALTIES,
    INJURED,
    MISSING
}
