package am.haven.registration;

import am.haven.support.FieldProblem;
import am.haven.support.Spreadsheet;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads households from a registration spreadsheet (CSV or XLSX): a header row, then one row per
 * person; rows with the same {@code household} value form one household, the head (or the first
 * row) first. Household columns (point, date, origin, phones, consent ...) may be filled on any of
 * the household's rows but must not disagree. Each household is validated exactly as the desk
 * validates it on the day it was registered, and every problem is named by row and column.
 */
public final class HouseholdImport {

    /** A household read from the file: its key in the file, its rows, and what to register. */
    public record Imported(String key, List<Integer> rows, BulkRegistration.Backdated household) {}

    /** Every household that reads cleanly, and every problem found; a file with problems imports nothing. */
    public record Result(List<Imported> households, List<FieldProblem> problems) {}

    private static final Map<String, String> COLUMNS = new HashMap<>();
    private static final List<String> HOUSEHOLD_FIELDS = List.of("registrationPoint", "registeredAt", "registeredBy",
            "householdPhone", "originSettlement", "originRegion", "currentAddress", "destination", "notes",
            "consentAssistance", "consentTracing", "consentSharing");

    static {
        for (String c : List.of("household", "registrationPoint", "registeredAt", "registeredBy", "givenName",
                "familyName", "patronymic", "sex", "birthDate", "birthDateEstimated", "relationship", "needs",
                "documentType", "documentNumber", "phone", "householdPhone", "originSettlement", "originRegion",
                "currentAddress", "destination", "languages", "notes", "consentAssistance", "consentTracing",
                "consentSharing")) {
            COLUMNS.put(fold(c), c);
        }
        alias("household", "householdid", "householdno", "householdnumber", "family", "familyno", "hh");
        alias("registrationPoint", "point", "registrationpoint", "receptionpoint");
        alias("registeredAt", "date", "registrationdate", "arrivaldate", "registered");
        alias("registeredBy", "officer", "clerk");
        alias("givenName", "firstname", "given");
        alias("familyName", "surname", "lastname", "family_name");
        alias("patronymic", "fathersname", "middlename");
        alias("sex", "gender");
        alias("birthDate", "dob", "dateofbirth", "born");
        alias("birthDateEstimated", "estimated", "dobestimated");
        alias("relationship", "relation", "relationshiptohead");
        alias("needs", "specificneeds");
        alias("documentNumber", "document", "passport");
        alias("originSettlement", "origin", "settlement", "fromsettlement");
        alias("originRegion", "region");
        alias("currentAddress", "address");
    }

    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)]\\.(\\w+).*");

    private HouseholdImport() {}

    /**
     * Reads and validates the file. {@code defaultBy} registers rows without an officer;
     * a bare date in {@code registeredAt} means noon of that day in {@code zone}; an empty one, {@code now}.
     */
    public static Result read(String filename, InputStream in, String defaultBy, ZoneId zone, Instant now) {
        List<List<String>> cells = Spreadsheet.read(filename, in);
        List<FieldProblem> problems = new ArrayList<>();
        if (cells.isEmpty()) return new Result(List.of(), List.of(new FieldProblem("file", "is empty")));
        List<String> header = cells.get(0);
        String[] fieldOf = new String[header.size()];
        Map<String, Integer> columnOf = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).strip();
            if (h.isEmpty()) continue;
            fieldOf[c] = COLUMNS.get(fold(h));
            if (fieldOf[c] == null) {
                problems.add(new FieldProblem("header", "unknown column '" + h + "' (column " + Spreadsheet.column(c) + ")"));
            } else if (columnOf.putIfAbsent(fieldOf[c], c) != null) {
                problems.add(new FieldProblem("header", "column '" + h + "' (column " + Spreadsheet.column(c)
                        + ") repeats column " + Spreadsheet.column(columnOf.get(fieldOf[c]))));
            }
        }
        for (String required : List.of("household", "givenName", "familyName", "sex")) {
            if (!columnOf.containsKey(required)) problems.add(new FieldProblem("header", "needs a column " + required));
        }
        if (!problems.isEmpty()) return new Result(List.of(), problems);

        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (int r = 1; r < cells.size(); r++) {
            List<String> raw = cells.get(r);
            if (raw.stream().allMatch(String::isBlank)) continue;
            if (r == 1 && Spreadsheet.isHashtagRow(raw)) continue;
            Row row = new Row(r + 1, values(raw, fieldOf), columnOf);
            String key = row.get("household");
            if (key == null) {
                problems.add(row.problem("household", "is empty: every person needs the key of their household"));
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Imported> households = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            Imported h = household(e.getKey(), e.getValue(), defaultBy, zone, now, problems);
            if (h != null) households.add(h);
        }
        if (households.isEmpty() && problems.isEmpty()) problems.add(new FieldProblem("file", "has no person rows"));
        return new Result(problems.isEmpty() ? households : List.of(), problems);
    }

    private static Imported household(String key, List<Row> rows, String defaultBy, ZoneId zone, Instant now,
                                      List<FieldProblem> problems) {
        int before = problems.size();
        Map<String, String> shared = new HashMap<>();
        Map<String, Row> sharedFrom = new HashMap<>();
        for (Row row : rows) {
            for (String f : HOUSEHOLD_FIELDS) {
                String v = row.get(f);
                if (v == null) continue;
                Row first = sharedFrom.putIfAbsent(f, row);
                if (first != null && !first.get(f).equals(v)) {
                    problems.add(row.problem(f, "'" + v + "' differs from '" + first.get(f) + "' on row " + first.number
                            + " of the same household"));
                } else {
                    shared.put(f, v);
                }
            }
        }
        // The head goes first so the household reads as the desk shows it.
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort((a, b) -> Boolean.compare(!isHead(a), !isHead(b)));
        Row first = ordered.get(0);
        Cells cells = new Cells(problems, sharedFrom, first);
        Instant at = cells.instant("registeredAt", shared.get("registeredAt"), zone, now);
        HouseholdRequest.Consent consent = new HouseholdRequest.Consent(
                cells.bool("consentAssistance", shared.get("consentAssistance")),
                cells.bool("consentTracing", shared.get("consentTracing")),
                cells.bool("consentSharing", shared.get("consentSharing")));
        List<MemberRequest> members = new ArrayList<>();
        for (Row row : ordered) {
            Cells c = new Cells(problems, Map.of(), row);
            List<MemberRequest.DocumentRequest> documents = row.get("documentNumber") == null ? null
                    : List.of(new MemberRequest.DocumentRequest(
                    row.get("documentType") == null ? "OTHER" : row.get("documentType"), row.get("documentNumber")));
            members.add(new MemberRequest(row.get("givenName"), row.get("familyName"), row.get("patronymic"),
                    row.get("sex"), row.get("birthDate"), c.bool("birthDateEstimated", row.get("birthDateEstimated")),
                    row.get("relationship"), list(row.get("needs")), documents, row.get("phone"),
                    list(row.get("languages"))));
        }
        String settlement = shared.get("originSettlement"), region = shared.get("originRegion");
        HouseholdRequest request = new HouseholdRequest(shared.get("registrationPoint"),
                settlement == null && region == null ? null : new HouseholdRequest.Origin(settlement, region),
                shared.get("currentAddress"), shared.get("destination"), shared.get("householdPhone"), null, consent,
                shared.get("notes"), members);
        try {
            BulkRegistration.check(request, at == null ? now : at);
        } catch (am.haven.support.InvalidRequestException e) {
            for (FieldProblem p : e.problems()) problems.add(located(p, ordered, sharedFrom));
        }
        if (problems.size() > before || at == null) return null;
        String by = shared.getOrDefault("registeredBy", defaultBy);
        return new Imported(key, ordered.stream().map(r -> r.number).toList(),
                new BulkRegistration.Backdated(request, at, by));
    }

    /** Names a validation problem of the household by the spreadsheet row and column it came from. */
    private static FieldProblem located(FieldProblem p, List<Row> members, Map<String, Row> sharedFrom) {
        Matcher m = MEMBER_FIELD.matcher(p.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < members.size()) {
            Row row = members.get(Integer.parseInt(m.group(1)));
            String field = m.group(2);
            if (field.equals("documents")) field = "documentNumber";
            return row.problem(field, p.message());
        }
        String field = switch (p.field().replaceAll("\\[.*", "")) {
            case "phone", "phones" -> "householdPhone";
            case "origin.settlement" -> "originSettlement";
            case "origin.region" -> "originRegion";
            case "members" -> "relationship";
            default -> p.field();
        };
        Row row = sharedFrom.getOrDefault(field, members.get(0));
        return row.problem(field, p.message());
    }

    private static boolean isHead(Row row) {
        String rel = row.get("relationship");
        return rel != null && rel.strip().equalsIgnoreCase("HEAD");
    }

    private static List<String> list(String cell) {
        if (cell == null) return null;
        return Arrays.stream(cell.split("[;,|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> values(List<String> raw, String[] fieldOf) {
        Map<String, String> v = new HashMap<>();
        for (int c = 0; c < Math.min(raw.size(), fieldOf.length); c++) {
            if (fieldOf[c] != null && !raw.get(c).isBlank()) v.put(fieldOf[c], raw.get(c).strip());
        }
        return v;
    }

    private static void alias(String field, String... names) {
        for (String n : names) COLUMNS.put(fold(n), field);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }

    /** One person row: its number in the file (the header is row 1) and its non-empty cells by field. */
    private record Row(int number, Map<String, String> values, Map<String, Integer> columnOf) {
        String get(String field) {
            return values.get(field);
        }

        FieldProblem problem(String field, String message) {
            Integer c = columnOf.get(field);
            String where = c == null ? "row " + number : "row " + number + ", column " + Spreadsheet.column(c);
            return new FieldProblem("rows[" + number + "]." + field, message + " (" + where + ")");
        }
    }

    /** Typed reads of cells; a cell that does not parse becomes a problem on the row it came from. */
    private record Cells(List<FieldProblem> problems, Map<String, Row> sharedFrom, Row row) {
        Row rowOf(String field) {
            return sharedFrom.getOrDefault(field, row);
        }

        Boolean bool(String field, String s) {
            if (s == null) return field.startsWith("consent") ? false : null;
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "x", "այո", "да" -> { return true; }
                case "false", "no", "n", "0", "ոչ", "нет" -> { return false; }
                default -> {
                    problems.add(rowOf(field).problem(field, "'" + s + "' is not yes or no"));
                    return false;
                }
            }
        }

        Instant instant(String field, String s, ZoneId zone, Instant now) {
            if (s == null) return now;
            Instant at = parse(s, zone);
            if (at == null) {
                problems.add(rowOf(field).problem(field, "'" + s + "' is not a date (YYYY-MM-DD) or a time "
                        + "with its offset (2023-09-25T14:30+04:00)"));
            } else if (at.isAfter(now) && !LocalDate.ofInstant(at, zone).equals(LocalDate.ofInstant(now, zone))) {
                problems.add(rowOf(field).problem(field, "is in the future: " + s));
                return null;
            }
            return at;
        }

        private static Instant parse(String s, ZoneId zone) {
            try {
                if (s.length() <= 10) return LocalDate.parse(s).atTime(12, 0).atZone(zone).toInstant();
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(s);
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
    }
}
