package am.haven.match.cli;

import am.haven.match.InvalidValues;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The values a run read as missing, in the file's terms: column name and number, line numbers.
 *
 * @param columns one entry per column with unreadable values, in field order
 */
record InvalidValueReport(List<Column> columns) {

    /** A column's count and first examples. */
    record Column(String name, int number, long count, List<Cell> first) {}

    /** One unreadable cell: the line its row starts on, the record id, the raw value and why. */
    record Cell(int line, String id, String value, String reason) {}

    static InvalidValueReport of(InvalidValues invalid, Csv.Table table) {
        return new InvalidValueReport(invalid.columns().stream().map(c -> new Column(c.field(),
                table.column(c.field()) + 1, c.count(), c.examples().stream()
                .map(e -> new Cell(table.lines().get(e.index()), e.id(), e.value(), e.reason())).toList())).toList());
    }

    long total() {
        return columns.stream().mapToLong(Column::count).sum();
    }

    /** One line per column on stderr, so a long run's log says what it did not use. */
    void print(PrintStream err) {
        if (columns.isEmpty()) return;
        err.printf(Locale.ROOT, "haven link: %,d unreadable values read as missing (--strict to stop instead)%n", total());
        for (Column c : columns) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "haven link:   column '%s' (#%d): %,d; first:",
                    c.name(), c.number(), c.count()));
            for (Cell cell : c.first()) {
                b.append(String.format(Locale.ROOT, " line %d '%s' (%s);", cell.line(), cell.value(), cell.reason()));
            }
            b.setLength(b.length() - 1);
            err.println(b);
        }
    }
}
