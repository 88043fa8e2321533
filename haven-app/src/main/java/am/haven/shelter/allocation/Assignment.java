package am.haven.shelter.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutable state every solver works on: the site of each household (-1 = unplaced), the load of
 * each site, who is at each site and how many households of each origin each site holds. Moves
 * are priced by {@link #moveDelta} before they are made, in constant time.
 */
final class Assignment {

    static final int UNPLACED = -1;

    final CostModel m;
    final int[] siteOf;
    final int[] load;
    private final int[] distinct;
    private final List<Map<Integer, int[]>> originCounts;
    private final int[][] members;
    private final int[] memberCount;
    private final int[] slot;

    Assignment(CostModel m) {
        this.m = m;
        int hs = m.households.size();
        int ss = m.sites.size();
        siteOf = new int[hs];
        Arrays.fill(siteOf, UNPLACED);
        load = m.occupied.clone();
        distinct = new int[ss];
        originCounts = new ArrayList<>(ss);
        members = new int[ss][];
        memberCount = new int[ss];
        slot = new int[hs];
        for (int s = 0; s < ss; s++) {
            distinct[s] = m.fixedOrigins[s].cardinality();
            originCounts.add(new HashMap<>());
            members[s] = new int[4];
        }
    }

    Assignment copy() {
        Assignment c = new Assignment(m);
        for (int h = 0; h < siteOf.length; h++) {
            if (siteOf[h] != UNPLACED) c.move(h, siteOf[h]);
        }
        return c;
    }

    int free(int s) {
        return m.capacity[s] - load[s];
    }

    boolean fits(int h, int s) {
        return s == UNPLACED || (load[s] + m.size[h] <= m.capacity[s] && m.allows(h, s));
    }

    int membersAt(int s) {
        return memberCount[s];
    }

    int memberAt(int s, int i) {
        return members[s][i];
    }

    /** Change of the total cost if {@code h} moved to {@code to} (capacity and rules not checked). */
    double moveDelta(int h, int to) {
        int from = siteOf[h];
        if (from == to) return 0;
        double d = (to == UNPLACED ? m.unplaced(h) : m.assignment(h, to))
                - (from == UNPLACED ? m.unplaced(h) : m.assignment(h, from));
        int size = m.size[h];
        int o = m.originOf[h];
        if (from != UNPLACED) {
            d += m.fill(from, load[from] - size) - m.fill(from, load[from]);
            if (o >= 0 && count(from, o) == 1 && !m.fixedOrigins[from].get(o)) {
                d += m.origin(from, distinct[from] - 1) - m.origin(from, distinct[from]);
            }
        }
        if (to != UNPLACED) {
            d += m.fill(to, load[to] + size) - m.fill(to, load[to]);
            if (o >= 0 && count(to, o) == 0 && !m.fixedOrigins[to].get(o)) {
                d += m.origin(to, distinct[to] + 1) - m.origin(to, distinct[to]);
            }
        }
        return d;
    }

    void move(int h, int to) {
        int from = siteOf[h];
        if (from == to) return;
        int o = m.originOf[h];
        if (from != UNPLACED) {
            load[from] -= m.size[h];
            removeMember(from, h);
            if (o >= 0) {
                int[] c = originCounts.get(from).get(o);
                if (--c[0] == 0) {
                    originCounts.get(from).remove(o);
                    if (!m.fixedOrigins[from].get(o)) distinct[from]--;
                }
            }
        }
        siteOf[h] = to;
        if (to != UNPLACED) {
            load[to] += m.size[h];
            addMember(to, h);
            if (o >= 0) {
                int[] c = originCounts.get(to).computeIfAbsent(o, k -> new int[1]);
                if (c[0]++ == 0 && !m.fixedOrigins[to].get(o)) distinct[to]++;
            }
        }
    }

    private int count(int s, int o) {
        int[] c = originCounts.get(s).get(o);
        return c == null ? 0 : c[0];
    }

    private void addMember(int s, int h) {
        if (memberCount[s] == members[s].length) members[s] = Arrays.copyOf(members[s], members[s].length * 2);
        slot[h] = memberCount[s];
        members[s][memberCount[s]++] = h;
    }

    private void removeMember(int s, int h) {
        int i = slot[h];
        int last = members[s][--memberCount[s]];
        members[s][i] = last;
        slot[last] = i;
    }

    /** The total cost, computed from scratch (used to check the running totals and to report). */
    double score() {
        double total = 0;
        for (int h = 0; h < siteOf.length; h++) {
            total += siteOf[h] == UNPLACED ? m.unplaced(h) : m.assignment(h, siteOf[h]);
        }
        for (int s = 0; s < load.length; s++) {
            total += m.fill(s, load[s]) + m.origin(s, distinct[s]);
        }
        return total;
    }

    /** What household {@code h} costs where it is, term by term. */
    CostBreakdown explain(int h) {
        int s = siteOf[h];
        if (s == UNPLACED) return null;
        double km = m.km(h, s);
        double region = m.outsidePreferredRegion(h, s) ? m.size[h] * m.w.preferredRegion() : 0;
        int newcomers = load[s] - m.occupied[s];
        double fill = newcomers == 0 ? 0 : m.fill(s, load[s]) * m.size[h] / newcomers;
        int o = m.originOf[h];
        double origin = o >= 0 && count(s, o) == 1 && !m.fixedOrigins[s].get(o)
                ? m.origin(s, distinct[s]) - m.origin(s, distinct[s] - 1) : 0;
        return new CostBreakdown(region, m.size[h] * m.w.distancePerKm() * km, km, fill, origin);
    }

    /** Broken hard constraints, counted from the households and sites alone. */
    int hardViolations() {
        int v = 0;
        int[] used = m.occupied.clone();
        for (int h = 0; h < siteOf.length; h++) {
            int s = siteOf[h];
            if (s == UNPLACED) continue;
            used[s] += m.size[h];
            if (!HardRules.allows(m.households.get(h), m.sites.get(s))) v++;
        }
        for (int s = 0; s < used.length; s++) {
            if (used[s] > m.capacity[s]) v++;
        }
        return v;
    }

    AllocationResult result(String method, double lowerBound, long firstFeasibleMillis, long millis) {
        List<ProposedPlacement> placed = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (int h = 0; h < siteOf.length; h++) {
            String id = m.households.get(h).id();
            if (siteOf[h] == UNPLACED) unplaced.add(id);
            else placed.add(new ProposedPlacement(id, m.sites.get(siteOf[h]).id(), m.size[h], explain(h)));
        }
        double score = score();
        return new AllocationResult(method, placed, unplaced, score, lowerBound,
                AllocationResult.gap(score, lowerBound), hardViolations(), firstFeasibleMillis, millis);
    }
}
