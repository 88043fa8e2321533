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
 * <p>Households are grouped into classes of identical cost and eligibility (kind, vulnerability and
 * a size tier), so the network has classes × sites arcs rather than households × sites.
 */
final class FlowRelaxation {

    /** Cost units per point: OR-Tools wants integer costs. */
    private static final double SCALE = 100;
    private static final int[] SIZE_TIERS = {1, 2, 3, 5, 7};

    /** One class of households and how the relaxation spreads its people over sites. */
    record ClassFlow(List<Integer> households, int[] sites, long[] persons) {}

    record Solution(double lowerBound, List<ClassFlow> classes) {}

    private record Key(int kind, boolean vulnerable, int tier) {}

    Solution solve(CostModel m, Candidates candidates) {
        OrTools.load();
        Map<Key, List<Integer>> classes = new HashMap<>();
        for (int h = 0; h < m.size.length; h++) {
            Key k = new Key(candidates.kindOf[h], m.households.get(h).vulnerable(), tier(m.size[h]));
            classes.computeIfAbsent(k, x -> new ArrayList<>()).add(h);
        }
        List<Key> keys = new ArrayList<>(classes.keySet());
        int sites = m.capacity.length;
        int sink = keys.size() + sites;
        MinCostFlow flow = new MinCostFlow(sink + 1, keys.size() * 64 + sites * 4);
        try {
            long total = 0;
            List<int[]> arcsOfClass = new ArrayList<>();
            for (int c = 0; c < keys.size(); c++) {
                Key k = keys.get(c);
                List<Integer> members = classes.get(k);
                int rep = members.get(0);
                long persons = members.stream().mapToLong(h -> m.size[h]).sum();
                total += persons;
                flow.setNodeSupply(c, persons);
                flow.addArcWithCapacityAndUnitCost(c, sink, persons, down(m.unplacedPerPerson(rep)));
                int minSize = SIZE_TIERS[k.tier()];
                int[] allowed = candidates.sitesByKind[k.kind()];
                int[] arcs = new int[allowed.length];
                for (int i = 0; i < allowed.length; i++) {
                    int s = allowed[i];
                    long free = m.capacity[s] - m.occupied[s];
                    arcs[i] = free >= minSize
                            ? flow.addArcWithCapacityAndUnitCost(c, keys.size() + s, Math.min(persons, free), down(m.perPerson(rep, s)))
                            : -1;
                }
                arcsOfClass.add(arcs);
            }
            for (int s = 0; s < sites; s++) addSiteArcs(flow, m, s, keys.size() + s, sink);
            flow.setNodeSupply(sink, -total);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow relaxation ended with " + status);
            }
            List<ClassFlow> result = new ArrayList<>();
            for (int c = 0; c < keys.size(); c++) {
                int[] allowed = candidates.sitesByKind[keys.get(c).kind()];
                int[] arcs = arcsOfClass.get(c);
                List<Integer> used = new ArrayList<>();
                List<Long> amounts = new ArrayList<>();
                for (int i = 0; i < arcs.length; i++) {
                    long f = arcs[i] < 0 ? 0 : flow.getFlow(arcs[i]);
                    if (f > 0) {
                        used.add(allowed[i]);
                        amounts.add(f);
                    }
                }
                result.add(new ClassFlow(classes.get(keys.get(c)), used.stream().mapToInt(Integer::intValue).toArray(),
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

    private static int tier(int size) {
        int t = 0;
        while (t + 1 < SIZE_TIERS.length && size >= SIZE_TIERS[t + 1]) t++;
        return t;
    }
}
