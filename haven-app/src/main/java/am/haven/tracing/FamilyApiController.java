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
import org.springframework.web.bind.annotation.RestController;

/** Reunification: households linked as one family, with the history kept. */
@RestController
@RequestMapping("/api/v1/tracing/families")
@PreAuthorize(Roles.TRACING)
class FamilyApiController {

    private final FamilyService families;

    FamilyApiController(FamilyService families) {
        this.families = families;
    }

    @PostMapping
    ResponseEntity<FamilyService.Link> link(@RequestBody FamilyService.LinkRequest request) {
        FamilyService.Link l = families.link(request);
        return ResponseEntity.created(URI.create("/api/v1/tracing/families/" + l.id())).body(l);
    }

    @PostMapping("/{id}/unlink")
    FamilyService.Link unlink(@PathVariable String id) {
        return families.unlink(id);
    }

    @GetMapping("/households/{householdId}")
    Map<String, Object> ofHousehold(@PathVariable String householdId) {
        List<FamilyService.Link> history = families.history(householdId);
        return Map.of("family", families.family(householdId), "items", history, "total", history.size());
    }
}
