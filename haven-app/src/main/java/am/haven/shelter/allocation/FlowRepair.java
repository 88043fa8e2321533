package am.haven.shelter.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the split relaxation into a proposal that keeps every household whole: each household goes
 * to a site where its class's flow left room for all of it; the few that fit nowhere in the flow go
 * to the cheapest site (by marginal cost) that still has the beds.
 */
final class FlowRepair {

    private FlowRepair() {}

    static void apply(Assignment a, Candidates candidates, FlowRelaxation.Solution relaxation) {
        CostModel m = a.m;
        List<Integer> leftovers = new ArrayList<>();
        for (FlowRelaxation.ClassFlow cf : relaxation.classes()) {
            long[] quota = cf.persons().clone();
            List<Integer> households = new ArrayList<>(cf.households());
            households.sort(Comparator.comparingInt(h -> -m.size[h]));
            for (int h : households) {
                int best = -1;
                for (int i = 0; i < quota.length; i++) {
                    if (quota[i] >= m.size[h] && (best < 0 || quota[i] > quota[best]) && a.fits(h, cf.sites()[i])) best = i;
                }
                if (best >= 0) {
                    a.move(h, cf.sites()[best]);
                    quota[best] -= m.size[h];
                } else {
                    leftovers.add(h);
                }
            }
        }
        placeGreedily(a, candidates, leftovers);
    }

    /** Vulnerable and large households first, each to its cheapest site with room (or left unplaced). */
    static void placeGreedily(Assignment a, Candidates candidates, List<Integer> households) {
        CostModel m = a.m;
        List<Integer> order = new ArrayList<>(households);
        order.sort(Comparator.<Integer, Boolean>comparing(h -> !m.households.get(h).vulnerable())
                .thenComparingInt(h -> -m.size[h]));
        for (int h : order) {
            int best = Assignment.UNPLACED;
            double bestDelta = 0;
            for (int s : candidates.of(h)) {
                if (!a.fits(h, s)) continue;
                double d = a.moveDelta(h, s);
                if (best == Assignment.UNPLACED || d < bestDelta) {
                    best = s;
                    bestDelta = d;
                }
            }
            if (best != Assignment.UNPLACED && bestDelta < 0) a.move(h, best);
        }
    }
}
