package am.haven.assistance;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Programmes, their cycles and lines, approval, the bank's file and reconciliation, over JSON. */
@RestController
@RequestMapping("/api/v1/programmes")
@PreAuthorize(AssistanceAccess.MANAGE)
class ProgrammeApiController {

    private final Programmes programmes;
    private final Cycles cycles;
    private final PaymentLists lists;
    private final Reconciliations reconciliations;
    private final ReasonText reasons;

    ProgrammeApiController(Programmes programmes, Cycles cycles, PaymentLists lists, Reconciliations reconciliations,
                           ReasonText reasons) {
        this.programmes = programmes;
        this.cycles = cycles;
        this.lists = lists;
        this.reconciliations = reconciliations;
        this.reasons = reasons;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, Object>> create(@RequestBody ProgrammeRequest request) {
        Programme p = programmes.create(request);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + p.id())).body(AssistanceJson.programme(p));
    }

    @GetMapping
    Map<String, Object> list() {
        List<Map<String, Object>> items = programmes.all().stream().map(AssistanceJson::programme).toList();
        return AssistanceJson.page(items, items.size());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return AssistanceJson.programme(programmes.get(id));
    }

    record EligibilityRequest(List<String> eligibility) {}

    /** A new version of the rules; earlier cycles keep the version they were drafted with. */
    @PutMapping(path = "/{id}/eligibility", consumes = "application/json")
    Map<String, Object> changeEligibility(@PathVariable String id, @RequestBody EligibilityRequest request) {
        return AssistanceJson.programme(programmes.changeEligibility(id, request.eligibility()));
    }

    record DraftRequest(String asOf) {}

    @PostMapping("/{id}/cycles")
    ResponseEntity<Map<String, Object>> draft(@PathVariable String id, @RequestBody(required = false) DraftRequest request) {
        LocalDate asOf = null;
        if (request != null && request.asOf() != null) {
            try {
                asOf = LocalDate.parse(request.asOf().strip());
            } catch (DateTimeParseException e) {
                throw am.haven.support.InvalidRequestException.of("asOf", "must be a date as yyyy-MM-dd");
            }
        }
        Cycle c = cycles.draft(id, asOf);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/cycles/" + c.id())).body(AssistanceJson.cycle(c));
    }

    @GetMapping("/{id}/cycles")
    Map<String, Object> cycles(@PathVariable String id) {
        List<Map<String, Object>> items = cycles.of(id).stream().map(AssistanceJson::cycle).toList();
        return AssistanceJson.page(items, items.size());
    }

    @GetMapping("/{id}/cycles/{cycleId}")
    Map<String, Object> cycle(@PathVariable String id, @PathVariable String cycleId) {
        return AssistanceJson.cycle(cycles.get(id, cycleId));
    }

    @DeleteMapping("/{id}/cycles/{cycleId}")
    ResponseEntity<Void> discard(@PathVariable String id, @PathVariable String cycleId) {
        cycles.discard(id, cycleId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/cycles/{cycleId}/lines")
    Map<String, Object> lines(@PathVariable String id, @PathVariable String cycleId,
                              @RequestParam(required = false) String status,
                              @RequestParam(defaultValue = "0") int offset,
                              @RequestParam(defaultValue = "1000") int limit, Locale locale) {
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (s != null && !List.of("INELIGIBLE", "PENDING", "PAID", "FAILED", "RETURNED").contains(s)) {
            throw am.haven.support.InvalidRequestException.of("status", "must be INELIGIBLE, PENDING, PAID, FAILED or RETURNED");
        }
        if (offset < 0) throw am.haven.support.InvalidRequestException.of("offset", "must be 0 or more");
        if (limit < 1 || limit > 10_000) throw am.haven.support.InvalidRequestException.of("limit", "must be from 1 to 10000");
        List<Map<String, Object>> items = cycles.lines(id, cycleId, s, offset, limit).stream()
                .map(l -> AssistanceJson.line(l, reasons, locale)).toList();
        return AssistanceJson.page(items, cycles.countLines(id, cycleId, s));
    }

    @PostMapping("/{id}/cycles/{cycleId}/approve")
    Map<String, Object> approve(@PathVariable String id, @PathVariable String cycleId) {
        return AssistanceJson.cycle(cycles.approve(id, cycleId));
    }

    @GetMapping("/{id}/cycles/{cycleId}/payment-list.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, @PathVariable String cycleId) {
        return file(lists.export(id, cycleId, PaymentLists.Format.CSV), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}/cycles/{cycleId}/payment-list.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id, @PathVariable String cycleId) {
        return file(lists.export(id, cycleId, PaymentLists.Format.XLSX),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> file(PaymentLists.Export e, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(e.filename()).build().toString())
                .header("X-Payment-List-Lines", String.valueOf(e.lines()))
                .header("X-Payment-List-Amount", String.valueOf(e.amount()))
                .header("X-Payment-List-SHA256", e.sha256())
                .body(e.bytes());
    }

    /** The bank's result file as the raw body (text/csv). */
    @PostMapping(path = "/{id}/cycles/{cycleId}/reconciliation", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    Reconciliations.Report reconcile(@PathVariable String id, @PathVariable String cycleId, @RequestBody byte[] body) {
        return reconciliations.importFile(id, cycleId, body);
    }

    /** The bank's result file as a form upload (field {@code file}). */
    @PostMapping(path = "/{id}/cycles/{cycleId}/reconciliation", consumes = "multipart/form-data")
    Reconciliations.Report reconcileUpload(@PathVariable String id, @PathVariable String cycleId,
                                           @RequestParam("file") MultipartFile file) throws java.io.IOException {
        return reconciliations.importFile(id, cycleId, file.getBytes());
    }

    @GetMapping("/{id}/cycles/{cycleId}/reconciliation")
    Reconciliations.Report reconciliation(@PathVariable String id, @PathVariable String cycleId) {
        cycles.get(id, cycleId);
        return reconciliations.report(cycleId, 0, null);
    }
}
