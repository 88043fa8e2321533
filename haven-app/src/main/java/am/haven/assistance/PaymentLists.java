package am.haven.assistance;

import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.Ids;
import am.haven.support.Timestamps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank's file of an approved cycle, as CSV or XLSX: one row per payable line (line id, payee,
 * account, amount) and a closing TOTAL row with the line count and the sum. Each export is recorded
 * with its SHA-256 and audited. The CSV is the same bytes every time, so its hash is stable.
 */
@Service
public class PaymentLists {

    static final List<String> HEADER = List.of("line_id", "identity_id", "payee_person_id", "payee_name", "account_kind",
            "account_number", "amount", "currency");

    private final Cycles cycles;
    private final Programmes programmes;
    private final CycleRepository repository;
    private final Population population;
    private final PayeeAccounts accounts;
    private final AuditLog audit;

    PaymentLists(Cycles cycles, Programmes programmes, CycleRepository repository, Population population,
                 PayeeAccounts accounts, AuditLog audit) {
        this.cycles = cycles;
        this.programmes = programmes;
        this.repository = repository;
        this.population = population;
        this.accounts = accounts;
        this.audit = audit;
    }

    public enum Format { CSV, XLSX }

    /** A file with what was recorded about it. */
    public record Export(byte[] bytes, int lines, long amount, String sha256, String filename) {}

    @Transactional
    public Export export(String programmeId, String cycleId, Format format) {
        Programme p = programmes.get(programmeId);
        Cycle c = cycles.get(programmeId, cycleId);
        if (c.status() != Cycle.Status.APPROVED) {
            throw new ConflictException("cycle " + c.number() + " is a draft: a payment list is exported after approval");
        }
        List<List<String>> rows = rows(p, repository.payable(cycleId));
        long amount = 0;
        for (List<String> r : rows) amount += Long.parseLong(r.get(6));
        List<String> total = List.of("TOTAL", String.valueOf(rows.size()), "", "", "", "", String.valueOf(amount), p.currency());
        byte[] bytes = format == Format.CSV ? csv(rows, total) : xlsx(rows, total);
        String sha = sha256(bytes);
        String filename = "payment-list-" + slug(p.name()) + "-cycle-" + c.number() + "." + format.name().toLowerCase();
        repository.recordExport(Ids.newId(), cycleId, format.name(), rows.size(), amount, sha, AuditLog.currentActor(), Timestamps.now());
        audit.record("EXPORT", "assistance_cycle", cycleId, "format=" + format + " lines=" + rows.size() + " amount=" + amount
                + " sha256=" + sha);
        return new Export(bytes, rows.size(), amount, sha, filename);
    }

    private List<List<String>> rows(Programme p, List<Line> lines) {
        Set<String> payees = new HashSet<>();
        for (Line l : lines) payees.add(l.payeePersonId());
        Map<String, String[]> names = population.names(payees);
        Map<String, String> identityOfPayee = population.identitiesOf(payees);
        Map<String, AccountRepository.Account> byIdentity = accounts.currentByIdentity();
        List<List<String>> rows = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String[] n = names.getOrDefault(l.payeePersonId(), new String[] {"", ""});
            AccountRepository.Account a = byIdentity.get(identityOfPayee.get(l.payeePersonId()));
            rows.add(List.of(l.id(), l.identityId(), l.payeePersonId(), (n[1] + " " + n[0]).strip(),
                    a == null ? "" : a.kind(), a == null ? "" : a.number(), String.valueOf(l.amount()), p.currency()));
        }
        return rows;
    }

    private static byte[] csv(List<List<String>> rows, List<String> total) {
        StringBuilder sb = new StringBuilder(rows.size() * 160);
        appendCsv(sb, HEADER);
        for (List<String> r : rows) appendCsv(sb, r);
        appendCsv(sb, total);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendCsv(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            String v = cells.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        sb.append("\r\n");
    }

    private static byte[] xlsx(List<List<String>> rows, List<String> total) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet sheet = wb.createSheet("payment list");
            int r = 0;
            r = write(sheet, r, HEADER, false);
            for (List<String> row : rows) r = write(sheet, r, row, true);
            write(sheet, r, total, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int write(Sheet sheet, int r, List<String> cells, boolean numericAmount) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < cells.size(); i++) {
            if (numericAmount && (i == 6 || (i == 1 && "TOTAL".equals(cells.get(0)))) && !cells.get(i).isEmpty()) {
                row.createCell(i).setCellValue(Long.parseLong(cells.get(i)));
            } else {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
        return r + 1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String slug(String name) {
        String s = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "programme" : s;
    }
}
