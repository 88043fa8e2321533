package am.haven.erasure;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/persons/{id}/erasure-requests}, then {@code POST /api/v1/erasure-requests/{id}/approve} by another user. */
@RestController
@RequestMapping("/api/v1")
class ErasureApiController {

    /** Caseworkers take a person's request; only an administrator, and not the one who asked, carries it out. */
    static final String ASK = "hasAnyRole('ADMIN','CASEWORKER')";
    static final String APPROVE = "hasRole('ADMIN')";

    record Reason(String reason) {}

    record Listing(List<ErasureRequest> items, long total) {}

    private final ErasureService erasure;

    ErasureApiController(ErasureService erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/persons/{id}/erasure-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ASK)
    ErasureRequest request(@PathVariable String id, @RequestBody(required = false) Reason body) {
        return erasure.request(id, body == null ? null : body.reason());
    }

    @PostMapping("/erasure-requests/{id}/approve")
    @PreAuthorize(APPROVE)
    ErasureRequest approve(@PathVariable String id) {
        return erasure.approve(id);
    }

    @GetMapping("/erasure-requests/{id}")
    @PreAuthorize(ASK)
    ErasureRequest get(@PathVariable String id) {
        return erasure.get(id);
    }

    @GetMapping("/erasure-requests")
    @PreAuthorize(ASK)
    Listing pending(@RequestParam(defaultValue = "50") int limit) {
        return new Listing(erasure.pending(Math.max(1, Math.min(200, limit))), erasure.pendingCount());
    }
}
