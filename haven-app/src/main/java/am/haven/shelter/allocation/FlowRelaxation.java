package am.haven.shelter.allocation;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The allocation with households allowed to split, solved exactly as a min-cost flow (OR-Tools).
 * Its cost is a lower bound on every real proposal: splitting only adds freedom, the same-origin
 * and consolidation terms are left out (they are never negative), and unit costs are rounded down.
 * Its flows are also the start the repair works from.
 *
 * <p>The network is kept small by grouping. Households of one {@link Candidates.Kind} share their
 * per-person costs, so each kind has one chain of size-tier nodes and one arc per allowed site: a
 * site with {@code f} free beds hangs off the largest tier whose smallest household fits in
 * {@code f}, and the chain runs from small tiers to large ones, so a household reaches exactly the
 * sites with room for all of it. Households enter their tier's node from a source per (kind, tier,
 * vulnerability), whose "unplaced" arc carries the vulnerability-weighted penalty.
 */
final class FlowRelaxation {

    /** Cost units per point: OR-Tools wants integer costs. */
    private static final double SCALE = 100;
    private static final int[] SIZE_TIERS = {1, 2, 3, 5, 7};
    private static final int TIERS = SIZE_TIERS.length;

    /** Households of one kind and how the relaxation spreads their people over sites. */
    record ClassFlow(List<Integer> households, int[] sites, long[] persons) {}

    record Solution(double lowerBound, List<ClassFlow> classes) {}

    private record Source(int kind, int tier, boolean vulnerable) {}

    Solution solve(CostModel m, Candidates candidates) {
        OrTools.load();
        int kinds = candidates.kinds();
        Map<Source, List<Integer>> sources = new HashMap<>();
        List<List<Integer>> householdsOfKind = new ArrayList<>();
        long[] personsOfKind = new long[kinds];
        int[] representative = new int[kinds];
        for (int k = 0; k < kinds; k++) householdsOfKind.add(new ArrayList<>());
        for (int h = 0; h < m.size.length; h++) {
            int k = candidates.kindOf[h];
            if (householdsOfKind.get(k).isEmpty()) representative[k] = h;
            householdsOfKind.get(k).add(h);
            personsOfKind[k] += m.size[h];
            sources.computeIfAbsent(new Source(k, tier(m.size[h]), m.households.get(h).vulnerable()), x -> new ArrayList<>()).add(h);
        }
        int sites = m.capacity.length;
        int siteBase = kinds * TIERS;
        int sourceBase = siteBase + sites;
        int sink = sourceBase + sources.size();
        MinCostFlow flow = new MinCostFlow(sink + 1, kinds * (sites + TIERS) + sources.size() * 2 + sites * 4);
        try {
            long total = 0;
            int[][] arcs = new int[kinds][];
            for (int k = 0; k < kinds; k++) {
                for (int t = 0; t + 1 < TIERS; t++) {
                    flow.addArcWithCapacityAndUnitCost(k * TIERS + t, k * TIERS + t + 1, personsOfKind[k], 0);
                }
                int[] allowed = candidates.sitesByKind[k];
                arcs[k] = new int[allowed.length];
                for (int i = 0; i < allowed.length; i++) {
                    int s = allowed[i];
                    long free = m.capacity[s] - m.occupied[s];
                    arcs[k][i] = flow.addArcWithCapacityAndUnitCost(k * TIERS + tier((int) Math.min(free, Integer.MAX_VALUE)),
                            siteBase + s, Math.min(personsOfKind[k], free), down(m.perPerson(representative[k], s)));
                }
            }
            int node = sourceBase;
            for (Map.Entry<Source, List<Integer>> e : sources.entrySet()) {
                Source src = e.getKey();
                long persons = e.getValue().stream().mapToLong(h -> m.size[h]).sum();
                total += persons;
                flow.setNodeSupply(node, persons);
                flow.addArcWithCapacityAndUnitCost(node, src.kind() * TIERS + src.tier(), persons, 0);
                flow.addArcWithCapacityAndUnitCost(node, sink, persons, down(m.unplacedPerPerson(e.getValue().get(0))));
                node++;
            }
            for (int s = 0; s < sites; s++) addSiteArcs(flow, m, s, siteBase + s, sink);
            flow.setNodeSupply(sink, -total);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow relaxation ended with " + status);
            }
            List<ClassFlow> result = new ArrayList<>();
            for (int k = 0; k < kinds; k++) {
                int[] allowed = candidates.sitesByKind[k];
                List<Integer> used = new ArrayList<>();
                List<Long> amounts = new ArrayList<>();
                for (int i = 0; i < allowed.length; i++) {
                    long f = flow.getFlow(arcs[k][i]);
                    if (f > 0) {
                        used.add(allowed[i]);
                        amounts.add(f);
                    }
                }
                result.add(new ClassFlow(householdsOfKind.get(k), used.stream().mapToInt(Integer::intValue).toArray(),
                        amounts.stream().mapToLong(Long::longValue).toArray()));
            }
            return new Solution(flow.getOptimalCost() / SCALE, result);
        } finally {
            flow.delete();
        }
    }

    /** Site to sink: one arc per fill quarter (convex costs, so the flow fills the cheap quarters first). */
    private static void addSiteArcs(MinCostFlow flow, CostModel m, int s, int node, int sink) {
        int cap = m.capacity[s];
        int occ = m.occupied[s];
        if (cap <= occ) return;
        if (m.w.fillPolicy() == FillPolicy.CONSOLIDATE) {
            flow.addArcWithCapacityAndUnitCost(node, sink, cap - occ, 0);
            return;
        }
        for (int j = 0; j < 4; j++) {
            int from = Math.max(occ, CostModel.segmentStart(cap, j));
            int to = CostModel.segmentStart(cap, j + 1);
            if (to > from) flow.addArcWithCapacityAndUnitCost(node, sink, to - from, down(m.segmentCost(j)));
        }
    }

    private static long down(double cost) {
        return (long) Math.floor(cost * SCALE);
    }

    /** The largest tier whose smallest household has at most {@code size} people. */
    private static int tier(int size) {
        int t = 0;
        while (t + 1 < TIERS && size >= SIZE_TIERS[t + 1]) t++;
        return t;
    }
}
