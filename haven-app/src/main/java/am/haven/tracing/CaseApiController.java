package am.haven.tracing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tracing cases and notes over JSON. */
@RestController
@RequestMapping("/api/v1/tracing")
@PreAuthorize(Roles.TRACING)
class CaseApiController {

    private final TracingService tracing;
    private final CaseMatcher matcher;

    CaseApiController(TracingService tracing, CaseMatcher matcher) {
        this.tracing = tracing;
        this.matcher = matcher;
    }

    @PostMapping("/cases")
    ResponseEntity<TracingCase> open(@RequestBody CaseRequest request) {
        TracingCase c = tracing.open(request);
        matcher.searchForCase(c.id());
        return ResponseEntity.created(URI.create("/api/v1/tracing/cases/" + c.id())).body(tracing.load(c.id()));
    }

    @GetMapping("/cases")
    TracingService.Page list(@RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        return tracing.list(status, page, size);
    }

    @GetMapping("/cases/{id}")
    TracingCase get(@PathVariable String id) {
        return tracing.get(id);
    }

    @PostMapping("/cases/{id}/status")
    TracingCase status(@PathVariable String id, @RequestBody StatusRequest request) {
        return tracing.changeStatus(id, request);
    }

    /** Searches the registrations again for the sought person and keeps the candidates found. */
    @PostMapping("/cases/{id}/search")
    TracingCase search(@PathVariable String id) {
        matcher.searchForCase(id);
        return tracing.get(id);
    }

    @PostMapping("/cases/{id}/candidates/{personId}")
    TracingCase decide(@PathVariable String id, @PathVariable String personId, @RequestBody Map<String, String> body) {
        return tracing.decide(id, personId, body == null ? null : body.get("decision"));
    }

    @PostMapping("/cases/{id}/notes")
    ResponseEntity<Note> caseNote(@PathVariable String id, @RequestBody NoteRequest request) {
        Note n = tracing.addCaseNote(id, request);
        return ResponseEntity.created(URI.create("/api/v1/tracing/cases/" + id)).body(n);
    }

    @PostMapping("/persons/{personId}/notes")
    ResponseEntity<Note> personNote(@PathVariable String personId, @RequestBody NoteRequest request) {
        Note n = tracing.addPersonNote(personId, request);
        return ResponseEntity.created(URI.create("/api/v1/tracing/persons/" + personId + "/notes")).body(n);
    }

    @GetMapping("/persons/{personId}/notes")
    Map<String, Object> personNotes(@PathVariable String personId) {
        List<Note> notes = tracing.personNotes(personId);
        return Map.of("items", notes, "total", notes.size());
    }

    /** Candidates found by matching new registrations that nobody has looked at yet: the UI's notification. */
    @GetMapping("/notifications")
    Map<String, Object> notifications() {
        return tracing.notifications(50);
    }
}
