package am.haven.reports;

import am.haven.security.AuditLog;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A named report as a CSV or XLSX download, for the API and the pages alike; every export is audited. */
@Component
class ReportExports {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportCatalog catalog;
    private final AuditLog audit;

    ReportExports(ReportCatalog catalog, AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    ResponseEntity<String> csv(String name, ReportFilter filter) {
        ReportTable table = table(name, "csv", filter);
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".csv"))
                .body(CsvExport.write(table));
    }

    ResponseEntity<byte[]> xlsx(String name, ReportFilter filter) {
        ReportTable table = table(name, "xlsx", filter);
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".xlsx"))
                .body(XlsxExport.write(table));
    }

    /** Exports are aggregates, but who took which file is still worth knowing afterwards. */
    private ReportTable table(String name, String format, ReportFilter filter) {
        ReportTable table = catalog.table(name, filter);
        audit.record("EXPORT", "report", null, name + "." + format + " " + filter);
        return table;
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
