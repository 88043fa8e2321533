package am.haven.dedup;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Identities over JSON: records, merge, split, attach, undo; and the desk preview. */
@RestController
@RequestMapping("/api/v1")
class IdentityApiController {

    record SplitRequest(List<String> personIds) {}

    record MergeRequest(String identityId) {}

    record AttachRequest(String personId) {}

    private final IdentityService identities;
    private final DeskMatch desk;

    IdentityApiController(IdentityService identities, DeskMatch desk) {
        this.identities = identities;
        this.desk = desk;
    }

    @PostMapping("/persons/match")
    @PreAuthorize(DedupAccess.DESK)
    DeskMatch.Result match(@RequestBody DeskMatch.Query query) {
        return desk.match(query);
    }

    @GetMapping("/identities/{id}")
    @PreAuthorize(DedupAccess.READ_IDENTITIES)
    IdentityService.IdentityView identity(@PathVariable String id) {
        return identities.identity(id);
    }

    @PostMapping("/identities/{id}/split")
    @PreAuthorize(DedupAccess.REVIEW)
    IdentityService.OperationResult split(@PathVariable String id, @RequestBody(required = false) SplitRequest body) {
        return identities.split(id, body == null ? null : body.personIds());
    }

    @PostMapping("/identities/{id}/merge")
    @PreAuthorize(DedupAccess.REVIEW)
    IdentityService.OperationResult merge(@PathVariable String id, @RequestBody MergeRequest body) {
        if (body.identityId() == null || body.identityId().isBlank()) {
            throw am.haven.support.InvalidRequestException.of("identityId", "is required");
        }
        return identities.merge(id, body.identityId());
    }

    @PostMapping("/identities/{id}/attach")
    @PreAuthorize(DedupAccess.DESK)
    IdentityService.OperationResult attach(@PathVariable String id, @RequestBody AttachRequest body) {
        if (body.personId() == null || body.personId().isBlank()) {
            throw am.haven.support.InvalidRequestException.of("personId", "is required");
        }
        return identities.attach(body.personId(), id);
    }

    @PostMapping("/identity-operations/{id}/undo")
    @PreAuthorize(DedupAccess.REVIEW)
    IdentityService.OperationResult undo(@PathVariable String id) {
        return identities.undo(id);
    }
}
