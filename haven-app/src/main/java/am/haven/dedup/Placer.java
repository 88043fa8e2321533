package am.haven.dedup;

import am.haven.match.Candidate;
import am.haven.support.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Places freshly matched records: each joins the identity of the best acceptable candidate above
 * the threshold, or starts a new identity; review items are opened for the possible matches in
 * other identities. Human placements and human "different" decisions always win. Runs inside the
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
     * What placing a chunk needs from the database, read once for the chunk (a few statements instead
     * of several per record), and the membership changes it writes at its end. {@code memberships}
     * holds the records' and their candidates' identities as stored when the chunk began; identities
     * assigned since are in the batch's {@code placedNow}, which is always asked first.
     * {@code decisions} holds the decisions in force about each record, oldest first.
     */
    private record Chunk(Map<String, IdentityRepository.Membership> memberships,
                         Map<String, List<DecisionRepository.Stored>> decisions,
                         List<IdentityRepository.Assignment> changes) {

        List<DecisionRepository.Stored> involving(String personId) {
            return decisions.getOrDefault(personId, List.of());
        }

        /** The decision in force about the pair: the newest one, as {@link DecisionRepository#current} finds it. */
        Optional<DecisionRepository.Stored> current(String personId, String other) {
            String left = DecisionRepository.min(personId, other), right = DecisionRepository.max(personId, other);
            DecisionRepository.Stored newest = null;
            for (DecisionRepository.Stored d : involving(personId)) {
                if (d.left().equals(left) && d.right().equals(right)) newest = d;
            }
            return Optional.ofNullable(newest);
        }
    }

    /**
     * Places the records in order; {@code placedNow} holds identities assigned earlier in the same
     * batch (not yet visible to other transactions) and receives these records'.
     */
    void placeAll(String operationId, List<Scored> records, Map<String, String> placedNow) {
        Set<String> persons = new HashSet<>(), known = new HashSet<>();
        for (Scored s : records) {
            persons.add(s.personId());
            known.add(s.personId());
            for (Candidate c : s.candidates()) if (!placedNow.containsKey(c.id())) known.add(c.id());
        }
        Chunk chunk = new Chunk(identities.membershipsOf(known), decisions.involvingEach(persons), new ArrayList<>());
        for (Scored s : records) place(operationId, s, chunk, placedNow);
        identities.assignAll(chunk.changes());
    }

    private void place(String operationId, Scored s, Chunk chunk, Map<String, String> placedNow) {
        IdentityRepository.Membership current = chunk.memberships().get(s.personId());
        boolean keep = current != null && (current.source() == Source.HUMAN || !s.rematch()
                || heldBySameDecision(s.personId(), current.identityId(), chunk, placedNow));
        String identity = keep ? current.identityId() : join(operationId, s, current, chunk, placedNow);
        placedNow.put(s.personId(), identity);
        // A corrected record's open items show its old values: they are closed, and the pairs still
        // possible with the new values are opened again below, scored as they are now.
        if (s.rematch()) reviews.closeOpenInvolving(s.personId());
        openReviews(s, identity, chunk, placedNow);
    }

    private String join(String operationId, Scored s, IdentityRepository.Membership current, Chunk chunk,
                        Map<String, String> placedNow) {
        String previous = current == null ? null : current.identityId();
        Set<String> different = differentFrom(s.personId(), chunk);
        for (Candidate c : s.candidates()) {
            if (!AutoLinkPolicy.mayJoin(c, s.threshold())) continue;
            String target = identityOf(c.id(), chunk, placedNow);
            if (target == null || conflicts(target, different, placedNow)) continue;
            chunk.changes().add(new IdentityRepository.Assignment(operationId, s.personId(), target, previous,
                    Source.MACHINE, "system", c.probability(), s.modelVersion(), "linked to " + c.id()));
            links.insert(s.personId(), c.id(), c.probability(), c.matchWeight(), explanations.write(c.explanation()),
                    s.modelVersion());
            return target;
        }
        // A re-matched record that links to nothing keeps its identity if it is alone there.
        if (previous != null && membersNow(previous, placedNow).size() == 1) return previous;
        String fresh = Ids.newId();
        chunk.changes().add(new IdentityRepository.Assignment(operationId, s.personId(), fresh, previous,
                Source.NEW, "system", null, s.modelVersion(), "no earlier record above the match threshold"));
        return fresh;
    }

    private void openReviews(Scored s, String identity, Chunk chunk, Map<String, String> placedNow) {
        int opened = 0;
        for (Candidate c : s.candidates()) {
            if (opened >= REVIEW_PER_RECORD || c.probability() < s.possibleThreshold()) break;
            String other = identityOf(c.id(), chunk, placedNow);
            if (other == null || other.equals(identity)) continue;
            if (chunk.current(s.personId(), c.id()).isPresent()) continue;
            if (reviews.open(s.personId(), c.id(), c.probability(), explanations.write(c.explanation()), s.modelVersion())) {
                opened++;
            }
        }
    }

    /**
     * True when a person said this record is the same as another record of its identity: a
     * re-match (after a correction) then leaves it there, whatever the new values score.
     */
    private boolean heldBySameDecision(String personId, String identity, Chunk chunk, Map<String, String> placedNow) {
        Set<String> members = null;
        for (DecisionRepository.Stored d : chunk.involving(personId)) {
            if (d.decision() != Decision.SAME) continue;
            String other = d.left().equals(personId) ? d.right() : d.left();
            if (chunk.current(personId, other).map(c -> c.decision() != Decision.SAME).orElse(true)) continue;
            if (members == null) members = membersNow(identity, placedNow);
            if (members.contains(other)) return true;
        }
        return false;
    }

    private static String identityOf(String personId, Chunk chunk, Map<String, String> placedNow) {
        String id = placedNow.get(personId);
        if (id != null) return id;
        IdentityRepository.Membership stored = chunk.memberships().get(personId);
        return stored == null ? null : stored.identityId();
    }

    private static Set<String> differentFrom(String personId, Chunk chunk) {
        Set<String> out = new HashSet<>();
        for (DecisionRepository.Stored d : chunk.involving(personId)) {
            if (d.decision() == Decision.DIFFERENT) out.add(d.left().equals(personId) ? d.right() : d.left());
        }
        return out;
    }

    private boolean conflicts(String identity, Set<String> different, Map<String, String> placedNow) {
        if (different.isEmpty()) return false;
        for (String member : membersNow(identity, placedNow)) if (different.contains(member)) return true;
        return false;
    }

    /**
     * Members of an identity as this transaction sees them: the stored members, less those moved
     * elsewhere and plus those placed there earlier in the batch, since a chunk writes its changes
     * only at its end. Rare paths only (a "different" decision, a re-match), so it still queries.
     */
    private Set<String> membersNow(String identity, Map<String, String> placedNow) {
        Set<String> out = new LinkedHashSet<>();
        for (String member : identities.members(identity)) {
            String moved = placedNow.get(member);
            if (moved == null || moved.equals(identity)) out.add(member);
        }
        for (Map.Entry<String, String> e : placedNow.entrySet()) {
            if (e.getValue().equals(identity)) out.add(e.getKey());
        }
        return out;
    }
}
