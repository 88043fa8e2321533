package am.haven.assistance;

import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.Timestamps;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank's result file ({@code line_id,status,reference,reason}, optionally {@code amount}, and an
 * optional {@code TOTAL} row whose amount is the file's sum) matched to an approved cycle's lines.
 * A file with any problem is refused whole, naming every problem, and nothing is written.
 */
@Service
public class Reconciliations {

    private static final Set<String> STATUSES = Set.of("PAID", "FAILED", "RETURNED");

    private final Cycles cycles;
    private final CycleRepository repository;
    private final AuditLog audit;

    Reconciliations(Cycles cycles, CycleRepository repository, AuditLog audit) {
        this.cycles = cycles;
        this.repository = repository;
        this.audit = audit;
    }

    /** What the cycle's lines came to, by bank answer, after the import. */
    public record Report(String cycleId, int imported, String sha256, Map<String, Totals> byStatus, List<Failure> failures) {}

    public record Totals(int lines, long amount) {}

    public record Failure(String lineId, String identityId, String status, long amount, String reference, String reason) {}

    @Transactional
    public Report importFile(String programmeId, String cycleId, byte[] file) {
        Cycle c = cycles.get(programmeId, cycleId);
        if (c.status() != Cycle.Status.APPROVED) {
            throw new ConflictException("cycle " + c.number() + " is a draft: only an approved list can be reconciled");
        }
        Map<String, Line> lines = repository.linesById(cycleId);
        List<FieldProblem> problems = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        String now = Timestamps.now();
        Map<String, Integer> seen = new HashMap<>();
        long fileSum = 0;
        Long declaredTotal = null;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(stripBom(new String(file, StandardCharsets.UTF_8))))) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String col : List.of("line_id", "status", "reference", "reason")) {
                if (!header.containsKey(col)) problems.add(new FieldProblem("header", "has no column " + col));
            }
            if (!problems.isEmpty()) throw new InvalidRequestException(problems);
            boolean hasAmount = header.containsKey("amount");
            for (CSVRecord r : parser) {
                String row = "rows[" + r.getRecordNumber() + "]";
                String id = get(r, "line_id");
                if ("TOTAL".equalsIgnoreCase(id)) {
                    String t = hasAmount ? get(r, "amount") : "";
                    try {
                        declaredTotal = Long.parseLong(t);
                    } catch (NumberFormatException e) {
                        problems.add(new FieldProblem(row + ".amount", "the TOTAL row needs the file's total amount"));
                    }
                    continue;
                }
                Line line = lines.get(id);
                if (line == null) {
                    problems.add(new FieldProblem(row + ".line_id", "'" + id + "' is not a line of this cycle's list"));
                    continue;
                }
                Integer before = seen.put(id, (int) r.getRecordNumber());
                if (before != null) problems.add(new FieldProblem(row + ".line_id", "line " + id + " is also in rows[" + before + "]"));
                if (!line.eligible()) {
                    problems.add(new FieldProblem(row + ".line_id", "line " + id + " is not in the payment list (not eligible)"));
                    continue;
                }
                String status = get(r, "status").toUpperCase(Locale.ROOT);
                if (!STATUSES.contains(status)) {
                    problems.add(new FieldProblem(row + ".status", "'" + get(r, "status") + "' is not PAID, FAILED or RETURNED"));
                }
                if (hasAmount) {
                    String a = get(r, "amount");
                    try {
                        long amount = Long.parseLong(a);
                        fileSum += amount;
                        if (amount != line.amount()) {
                            problems.add(new FieldProblem(row + ".amount", "amount " + amount + " differs from the list's "
                                    + line.amount() + " for line " + id));
                        }
                    } catch (NumberFormatException e) {
                        problems.add(new FieldProblem(row + ".amount", "'" + a + "' is not a whole amount"));
                    }
                } else {
                    fileSum += line.amount();
                }
                if (line.resultStatus() != null && !line.resultStatus().equals(status)) {
                    problems.add(new FieldProblem(row + ".status", "line " + id + " was already reconciled as " + line.resultStatus()));
                }
                updates.add(new Object[] {status, blankToNull(get(r, "reference")), blankToNull(get(r, "reason")), now, id});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InvalidRequestException.of("file", "is not a readable CSV file: " + e.getMessage());
        }
        if (declaredTotal != null && declaredTotal != fileSum) {
            problems.add(new FieldProblem("total", "the TOTAL row says " + declaredTotal + " but the rows add up to " + fileSum));
        }
        if (updates.isEmpty() && problems.isEmpty()) problems.add(new FieldProblem("file", "has no result rows"));
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        repository.recordResults(updates);
        String sha = PaymentLists.sha256(file);
        repository.recordReconciliation(Ids.newId(), cycleId, sha, updates.size(), AuditLog.currentActor(), now);
        audit.record("RECONCILE", "assistance_cycle", cycleId, "rows=" + updates.size() + " sha256=" + sha);
        return report(cycleId, updates.size(), sha);
    }

    /** The cycle's lines by bank answer (PENDING: no answer yet) and every failed or returned line. */
    public Report report(String cycleId, int imported, String sha) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (String s : List.of("PAID", "FAILED", "RETURNED", "PENDING")) sums.put(s, new long[2]);
        List<Failure> failures = new ArrayList<>();
        for (Line l : repository.payable(cycleId)) {
            long[] t = sums.get(l.status());
            t[0]++;
            t[1] += l.amount();
            if (l.failed()) failures.add(new Failure(l.id(), l.identityId(), l.resultStatus(), l.amount(), l.resultReference(), l.resultReason()));
        }
        Map<String, Totals> by = new LinkedHashMap<>();
        sums.forEach((k, v) -> by.put(k, new Totals((int) v[0], v[1])));
        return new Report(cycleId, imported, sha, by, failures);
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
