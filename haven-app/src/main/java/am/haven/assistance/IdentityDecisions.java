package am.haven.assistance;

import am.haven.dedup.IdentityChanged;
import am.haven.support.BeforeCommit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings identity decisions to the payments: when records move from one identity into another (a
 * review's "same person", a merge, a relink), the joined person may have been paid twice, and
 * {@link AssistanceCases#identitiesMerged} opens a recovery case; when records move into an identity
 * of their own (a split), the split-off person may have been left unpaid, and
 * {@link AssistanceCases#identitySplit} opens a missed-payment case. The moves of one transaction are
 * gathered and looked at once, just before it commits, so a case is opened with the decision or not
 * at all. A record placed for the first time moves from no identity and concerns no payment.
 */
@Component
class IdentityDecisions {

    /** The records one decision moved from one identity into another. */
    private record Move(String from, String to, String operationId) {}

    private final AssistanceCases cases;
    private final CycleRepository lines;
    private final Population population;
    private final BeforeCommit<IdentityChanged> moves = new BeforeCommit<>(this::decided);

    IdentityDecisions(AssistanceCases cases, CycleRepository lines, Population population) {
        this.cases = cases;
        this.lines = lines;
        this.population = population;
    }

    @EventListener
    void identityChanged(IdentityChanged change) {
        if (change.previousIdentityId() != null) moves.add(List.of(change));
    }

    private void decided(List<IdentityChanged> changes) {
        if (!lines.anyPaid()) return; // nothing paid yet: no decision can make a payment wrong
        Map<Move, Set<String>> moved = new LinkedHashMap<>();
        for (IdentityChanged c : changes) {
            moved.computeIfAbsent(new Move(c.previousIdentityId(), c.identityId(), c.operationId()), k -> new HashSet<>()).add(c.personId());
        }
        moved.forEach((move, records) -> {
            // Records alone in their new identity were split off; records joining others were merged.
            if (records.containsAll(population.recordsOf(move.to()))) {
                cases.identitySplit(move.from(), move.to(), move.operationId());
            } else {
                cases.identitiesMerged(move.to(), move.from(), move.operationId());
            }
        });
    }
}
