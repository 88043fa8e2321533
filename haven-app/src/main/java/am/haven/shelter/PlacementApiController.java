package am.haven.shelter;

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

/** Placements over JSON: a coordinator's own proposal, then confirm → check in → check out (or transfer). */
@RestController
@RequestMapping("/api/v1/placements")
@PreAuthorize(ShelterAccess.MANAGE)
class PlacementApiController {

    /** A placement made by hand, or the target of a transfer. */
    record PlacementRequest(String householdId, String siteId) {}

    private final PlacementService placements;

    PlacementApiController(PlacementService placements) {
        this.placements = placements;
    }

    @PostMapping
    ResponseEntity<Placement> propose(@RequestBody PlacementRequest request) {
        Placement p = placements.propose(request.householdId(), request.siteId());
        return ResponseEntity.created(URI.create("/api/v1/placements/" + p.id())).body(p);
    }

    @GetMapping
    Map<String, Object> ofHousehold(@RequestParam String household) {
        List<Placement> items = placements.ofHousehold(household);
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping("/{id}")
    Placement get(@PathVariable String id) {
        return placements.get(id);
    }

    @PostMapping("/{id}/confirm")
    Placement confirm(@PathVariable String id) {
        return placements.confirm(id);
    }

    @PostMapping("/{id}/check-in")
    Placement checkIn(@PathVariable String id) {
        return placements.checkIn(id);
    }

    @PostMapping("/{id}/check-out")
    Placement checkOut(@PathVariable String id) {
        return placements.checkOut(id);
    }

    @PostMapping("/{id}/cancel")
    Placement cancel(@PathVariable String id) {
        return placements.cancel(id);
    }

    @PostMapping("/{id}/transfer")
    ResponseEntity<Placement> transfer(@PathVariable String id, @RequestBody PlacementRequest request) {
        Placement p = placements.transfer(id, request.siteId());
        return ResponseEntity.created(URI.create("/api/v1/placements/" + p.id())).body(p);
    }
}
