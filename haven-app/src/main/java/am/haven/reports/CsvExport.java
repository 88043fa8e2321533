package am.haven.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link ReportTable} as RFC 4180 CSV: header, HXL hashtag row, data. Small counts are
 * published as {@code <5}. Text that a spreadsheet would run as a formula is quoted with a leading
 * apostrophe, because registration points and settlements are typed by people.
 */
final class CsvExport {

    private CsvExport() {}

    static String write(ReportTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.headers());
        line(out, table.hxlTags());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) cells.add(text(cell));
            line(out, cells);
        }
        return out.toString();
    }

    static String text(Object cell) {
        if (cell == null) return "";
        if (cell instanceof ReportTable.Count c) return c.published();
        if (cell instanceof Number n) return n.toString();
        String s = cell.toString();
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
