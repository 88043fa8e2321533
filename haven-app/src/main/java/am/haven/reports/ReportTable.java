package am.haven.reports;

import java.util.List;

/**
 * One exportable aggregate: a header row, the HXL hashtag row under it, and data rows. Cells are
 * text, or {@link Count} for Haven's own counts (which exports suppress when small).
 */
public record ReportTable(String name, List<Column> columns, List<List<Object>> rows) {

    public record Column(String header, String hxl) {}

    /** A count of Haven's own records, as opposed to a figure someone else reported. */
    public record Count(long value) {

        /** Counts from 1 to 4 could single someone out; zero cannot. */
        static final long SUPPRESS_BELOW = 5;

        public boolean suppressed() {
            return value > 0 && value < SUPPRESS_BELOW;
        }

        /** The count as published: the number, or {@code <5}. */
        public String published() {
            return suppressed() ? "<" + SUPPRESS_BELOW : Long.toString(value);
        }
    }

    public static Count count(long value) {
        return new Count(value);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    public List<String> hxlTags() {
        return columns.stream().map(Column::hxl).toList();
    }
}
