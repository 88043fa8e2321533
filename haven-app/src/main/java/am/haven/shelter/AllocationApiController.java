package am.haven.shelter;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Optimizer runs: each answers with its proposal, score, lower bound and gap, and is kept for review. */
@RestController
@RequestMapping("/api/v1/allocations")
@PreAuthorize(ShelterAccess.MANAGE)
class AllocationApiController {

    private final AllocationService allocations;

    AllocationApiController(AllocationService allocations) {
        this.allocations = allocations;
    }

    @PostMapping
    ResponseEntity<AllocationRun> allocate(@RequestBody AllocationRequest request) {
        AllocationRun run = allocations.allocate(request);
        return ResponseEntity.created(URI.create("/api/v1/allocations/" + run.id())).body(run);
    }

    @GetMapping("/{id}")
    AllocationRun get(@PathVariable String id) {
        return allocations.get(id);
    }
}
