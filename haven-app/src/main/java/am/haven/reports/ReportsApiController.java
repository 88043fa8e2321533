package am.haven.reports;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aggregates over JSON, CSV and XLSX. JSON answers are exact (for signed-in analysts); CSV and
 * XLSX files travel further, so their small counts are suppressed as {@code <5}.
 */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize(ReportAccess.VIEW)
class ReportsApiController {

    private final ReportService reports;
    private final ReportCatalog catalog;
    private final ReportedFigures figures;
    private final ReportExports exports;

    ReportsApiController(ReportService reports, ReportCatalog catalog, ReportedFigures figures, ReportExports exports) {
        this.reports = reports;
        this.catalog = catalog;
        this.figures = figures;
        this.exports = exports;
    }

    record Listing<T>(List<T> items, long total) {}

    @GetMapping
    Listing<ReportCatalog.Entry> list() {
        List<ReportCatalog.Entry> entries = catalog.entries();
        return new Listing<>(entries, entries.size());
    }

    @GetMapping("/summary")
    Summary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String region, @RequestParam(required = false) String point) {
        return reports.summary(ReportFilter.parse(from, to, region, point));
    }

    @GetMapping("/dashboard")
    Dashboard dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String region, @RequestParam(required = false) String point) {
        return reports.dashboard(ReportFilter.parse(from, to, region, point));
    }

    @GetMapping("/{name}.csv")
    ResponseEntity<String> csv(@PathVariable String name, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String region,
                               @RequestParam(required = false) String point) {
        return exports.csv(name, ReportFilter.parse(from, to, region, point));
    }

    @GetMapping("/{name}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String name, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to, @RequestParam(required = false) String region,
                                @RequestParam(required = false) String point) {
        return exports.xlsx(name, ReportFilter.parse(from, to, region, point));
    }

    @GetMapping("/figures")
    ReportedFigures.Page reportedFigures(@RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to) {
        ReportFilter f = ReportFilter.parse(from, to, null, null);
        return figures.list(f.from(), f.to());
    }

    @PostMapping("/figures")
    ResponseEntity<ReportedFigure> recordFigure(@RequestBody ReportedFigure.Request request) {
        ReportedFigure f = figures.record(request);
        return ResponseEntity.created(URI.create("/api/v1/reports/figures/" + f.id())).body(f);
    }

}
