package am.haven.dedup;

import am.haven.erasure.ErasureStep;
import am.haven.security.AuditLog;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * De-duplication's part of an erasure: the record leaves its identity, its machine links (which keep
 * compared values as evidence) go, review items about it close and forget the values, and human
 * decisions about its pairs are retracted. The matching index drops it through the change feed.
 */
@Component
class DedupErasure implements ErasureStep {

    private final IdentityRepository identities;
    private final LinkRepository links;
    private final ReviewRepository reviews;
    private final DecisionRepository decisions;

    DedupErasure(IdentityRepository identities, LinkRepository links, ReviewRepository reviews, DecisionRepository decisions) {
        this.identities = identities;
        this.links = links;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @Override
    public Map<String, Integer> erase(String personId) {
        return Map.of("identityMembership", identities.removeMember(personId),
                "machineLinks", links.eraseInvolving(personId),
                "reviewItems", reviews.eraseInvolving(personId),
                "decisionsRetracted", decisions.retractInvolving(personId, AuditLog.currentActor()));
    }
}
