package am.haven.reports;

/** A figure from an outside source, kept apart from Haven's own counts and always shown with its source. */
public record ReportedFigure(
        String id,
        String date,
        FigureKind kind,
        long value,
        String area,
        String source,
        String sourceUrl,
        Verification verification,
        String note,
        String recordedBy,
        String recordedAt) {

    /** A figure as posted by an analyst; enumerations arrive as text so a wrong one becomes a field error. */
    public record Request(String date, String kind, Long value, String area, String source, String sourceUrl,
                          String verification, String note) {}
}
