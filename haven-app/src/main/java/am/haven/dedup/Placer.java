package am.haven.dedup;

import am.haven.match.Candidate;
import am.haven.support.Ids;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Places one freshly matched record: joins the identity of the best acceptable candidate above the
 * threshold, or starts a new identity; opens review items for the possible matches in other
 * identities. Human placements and human "different" decisions always win. Runs inside the
 * caller's transaction.
 */
@Component
class Placer {

    /** Possible matches per record sent to review, at most. */
    static final int REVIEW_PER_RECORD = 5;

    private final IdentityRepository identities;
    private final DecisionRepository decisions;
    private final ReviewRepository reviews;
    private final LinkRepository links;
    private final Explanations explanations;

    Placer(IdentityRepository identities, DecisionRepository decisions, ReviewRepository reviews,
           LinkRepository links, Explanations explanations) {
        this.identities = identities;
        this.decisions = decisions;
        this.reviews = reviews;
        this.links = links;
        this.explanations = explanations;
    }

    /** What the model says of the record: its candidates and the thresholds they were scored against. */
    record Scored(String personId, boolean rematch, List<Candidate> candidates, int modelVersion,
                  double threshold, double possibleThreshold) {}

    /**
     * Places the record; {@code placedNow} holds identities assigned earlier in the same batch (not
     * yet visible to other transactions) and receives this record's. Returns the identity id.
     */
    String place(String operationId, Scored s, Map<String, String> placedNow) {
        Source current = identities.sourceOf(s.personId()).orElse(null);
        boolean keep = current == Source.HUMAN || (current != null && !s.rematch())
                || (current != null && heldBySameDecision(s.personId()));
        String identity = keep ? identities.identityOf(s.personId()).orElseThrow() : null;
        if (!keep) identity = join(operationId, s, placedNow);
        placedNow.put(s.personId(), identity);
        openReviews(s, identity, placedNow);
        return identity;
    }

    private String join(String operationId, Scored s, Map<String, String> placedNow) {
        Set<String> different = differentFrom(s.personId());
        for (Candidate c : s.candidates()) {
            if (!AutoLinkPolicy.mayJoin(c, s.threshold())) continue;
            String target = identityOf(c.id(), placedNow);
            if (target == null || conflicts(target, different, placedNow)) continue;
            identities.assign(operationId, s.personId(), target, Source.MACHINE, "system", c.probability(),
                    s.modelVersion(), "linked to " + c.id());
            links.insert(s.personId(), c.id(), c.probability(), c.matchWeight(), explanations.write(c.explanation()),
                    s.modelVersion());
            return target;
        }
        String previous = identities.identityOf(s.personId()).orElse(null);
        // A re-matched record that links to nothing keeps its identity if it is alone there.
        if (previous != null && identities.members(previous).size() == 1) return previous;
        String fresh = Ids.newId();
        identities.assign(operationId, s.personId(), fresh, Source.NEW, "system", null, s.modelVersion(),
                "no earlier record above the match threshold");
        return fresh;
    }

    private void openReviews(Scored s, String identity, Map<String, String> placedNow) {
        int opened = 0;
        for (Candidate c : s.candidates()) {
            if (opened >= REVIEW_PER_RECORD || c.probability() < s.possibleThreshold()) break;
            String other = identityOf(c.id(), placedNow);
            if (other == null || other.equals(identity)) continue;
            if (decisions.current(s.personId(), c.id()).isPresent()) continue;
            if (reviews.open(s.personId(), c.id(), c.probability(), explanations.write(c.explanation()), s.modelVersion())) {
                opened++;
            }
        }
    }

    /**
     * True when a person said this record is the same as another record of its identity: a
     * re-match (after a correction) then leaves it there, whatever the new values score.
     */
    private boolean heldBySameDecision(String personId) {
        List<String> members = null;
        for (DecisionRepository.Stored d : decisions.involving(personId)) {
            if (d.decision() != Decision.SAME) continue;
            String other = d.left().equals(personId) ? d.right() : d.left();
            if (decisions.current(personId, other).map(c -> c.decision() != Decision.SAME).orElse(true)) continue;
            if (members == null) members = identities.members(identities.identityOf(personId).orElseThrow());
            if (members.contains(other)) return true;
        }
        return false;
    }

    private String identityOf(String personId, Map<String, String> placedNow) {
        String id = placedNow.get(personId);
        return id != null ? id : identities.identityOf(personId).orElse(null);
    }

    private Set<String> differentFrom(String personId) {
        Set<String> out = new HashSet<>();
        for (DecisionRepository.Stored d : decisions.involving(personId)) {
            if (d.decision() == Decision.DIFFERENT) out.add(d.left().equals(personId) ? d.right() : d.left());
        }
        return out;
    }

    private boolean conflicts(String identity, Set<String> different, Map<String, String> placedNow) {
        if (different.isEmpty()) return false;
        for (String member : identities.members(identity)) if (different.contains(member)) return true;
        for (Map.Entry<String, String> e : placedNow.entrySet()) {
            if (e.getValue().equals(identity) && different.contains(e.getKey())) return true;
        }
        return false;
    }
}
