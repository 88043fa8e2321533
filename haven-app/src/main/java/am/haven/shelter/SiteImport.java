package am.haven.shelter;

import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import am.haven.support.Spreadsheet;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads sites from CSV or XLSX: a header row naming the columns (any order, case and spaces
 * ignored), then one site per row. An HXL hashtag row under the header is skipped. Cells that do
 * not parse become problems named by row number and column ({@code rows[4].capacity}, "column C").
 */
public final class SiteImport {

    /** One data row: its number in the file (the header is row 1), the request it makes, and cell problems. */
    public record Row(int number, SiteRequest request, List<FieldProblem> problems) {}

    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        for (String c : List.of("name", "type", "region", "address", "latitude", "longitude", "capacity", "rooms",
                "roomSize", "accessible", "groundFloorBeds", "familyRooms", "kitchen", "heating", "medicalPoint",
                "features", "rule", "status", "contactName", "contactPhone")) {
            COLUMNS.put(fold(c), c);
        }
        COLUMNS.put("beds", "capacity");
        COLUMNS.put("lat", "latitude");
        COLUMNS.put("lon", "longitude");
        COLUMNS.put("lng", "longitude");
        COLUMNS.put("marz", "region");
        COLUMNS.put("wheelchairaccessible", "accessible");
    }

    private SiteImport() {}

    public static List<Row> read(String filename, InputStream in) {
        return rows(Spreadsheet.read(filename, in));
    }

    private static List<Row> rows(List<List<String>> cells) {
        if (cells.isEmpty()) throw InvalidRequestException.of("file", "is empty");
        List<String> header = cells.get(0);
        String[] fieldOf = new String[header.size()];
        List<FieldProblem> headerProblems = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).strip();
            if (h.isEmpty()) continue;
            fieldOf[c] = COLUMNS.get(fold(h));
            if (fieldOf[c] == null) {
                headerProblems.add(new FieldProblem("header", "unknown column '" + h + "' (column " + letter(c) + ")"));
            }
        }
        if (!Arrays.asList(fieldOf).contains("name") || !Arrays.asList(fieldOf).contains("capacity")
                || !Arrays.asList(fieldOf).contains("region")) {
            headerProblems.add(new FieldProblem("header", "needs at least the columns name, region and capacity"));
        }
        if (!headerProblems.isEmpty()) throw new InvalidRequestException(headerProblems);
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (row.stream().allMatch(String::isBlank)) continue;
            if (r == 1 && Spreadsheet.isHashtagRow(row)) continue;
            rows.add(row(r + 1, row, fieldOf));
        }
        return rows;
    }

    private static Row row(int number, List<String> values, String[] fieldOf) {
        Map<String, String> v = new HashMap<>();
        Map<String, Integer> columnOf = new HashMap<>();
        for (int c = 0; c < Math.min(values.size(), fieldOf.length); c++) {
            if (fieldOf[c] == null || values.get(c).isBlank()) continue;
            v.put(fieldOf[c], values.get(c).strip());
            columnOf.put(fieldOf[c], c);
        }
        Cells cells = new Cells(number, v, columnOf);
        SiteRequest request = new SiteRequest(v.get("name"), v.get("type"), v.get("region"), v.get("address"),
                cells.decimal("latitude"), cells.decimal("longitude"), cells.whole("capacity"), cells.whole("rooms"),
                cells.whole("roomSize"), cells.bool("accessible"), cells.bool("groundFloorBeds"),
                cells.bool("familyRooms"), cells.bool("kitchen"), cells.bool("heating"), cells.bool("medicalPoint"),
                v.get("features") == null ? null : Arrays.stream(v.get("features").split("[;,|]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                v.get("rule"), v.get("status"), v.get("contactName"), v.get("contactPhone"));
        return new Row(number, request, cells.problems);
    }

    /** Typed reads of one row's cells, collecting a problem for each cell that does not parse. */
    private static final class Cells {
        final int number;
        final Map<String, String> values;
        final Map<String, Integer> columnOf;
        final List<FieldProblem> problems = new ArrayList<>();

        Cells(int number, Map<String, String> values, Map<String, Integer> columnOf) {
            this.number = number;
            this.values = values;
            this.columnOf = columnOf;
        }

        Integer whole(String field) {
            String s = values.get(field);
            if (s == null) return null;
            try {
                double d = Double.parseDouble(s.replace(" ", ""));
                if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) return (int) d;
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(field, "'" + s + "' is not a whole number");
            return null;
        }

        Double decimal(String field) {
            String s = values.get(field);
            if (s == null) return null;
            try {
                return Double.valueOf(s.replace(',', '.'));
            } catch (NumberFormatException e) {
                problem(field, "'" + s + "' is not a number");
                return null;
            }
        }

        Boolean bool(String field) {
            String s = values.get(field);
            if (s == null) return null;
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "x", "այո", "да" -> { return true; }
                case "false", "no", "n", "0", "ոչ", "нет" -> { return false; }
                default -> {
                    problem(field, "'" + s + "' is not yes or no");
                    return null;
                }
            }
        }

        void problem(String field, String message) {
            problems.add(new FieldProblem("rows[" + number + "]." + field,
                    message + " (row " + number + ", column " + letter(columnOf.get(field)) + ")"));
        }
    }

    private static String letter(int column) {
        return Spreadsheet.column(column);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
