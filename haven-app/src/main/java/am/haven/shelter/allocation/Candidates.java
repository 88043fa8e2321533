package am.haven.shelter.allocation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * For each kind of household (same reception point, preferred region, needs and site-rule
 * eligibility), the sites its rules allow, cheapest per person first. Households of one kind share
 * one list, which keeps 30,000 households × 1,500 sites to a few hundred lists.
 */
final class Candidates {

    /** What decides a household's per-person cost and its allowed sites. */
    record Kind(double lat, double lon, String region, boolean accessible, boolean family, boolean womenAndChildren) {
        static Kind of(HouseholdDemand h) {
            return new Kind(h.latitude(), h.longitude(),
                    h.preferredRegion() == null ? null : h.preferredRegion().toUpperCase(java.util.Locale.ROOT),
                    h.needsAccessible(), h.isFamily(), h.onlyWomenAndChildren());
        }
    }

    final int[] kindOf;
    final int[][] sitesByKind;

    Candidates(CostModel m) {
        Map<Kind, Integer> kinds = new HashMap<>();
        kindOf = new int[m.size.length];
        Map<Integer, Integer> representative = new HashMap<>();
        for (int h = 0; h < kindOf.length; h++) {
            int k = kinds.computeIfAbsent(Kind.of(m.households.get(h)), x -> kinds.size());
            kindOf[h] = k;
            representative.putIfAbsent(k, h);
        }
        sitesByKind = new int[kinds.size()][];
        for (int k = 0; k < sitesByKind.length; k++) {
            int rep = Objects.requireNonNull(representative.get(k));
            // Sort by cost with primitives: (float cost bits << 32 | site) orders like the cost, as costs are not negative.
            long[] keyed = new long[m.capacity.length];
            int n = 0;
            for (int s = 0; s < m.capacity.length; s++) {
                if (!m.allows(rep, s) || m.capacity[s] <= m.occupied[s]) continue;
                keyed[n++] = ((long) Float.floatToIntBits((float) m.perPerson(rep, s)) << 32) | s;
            }
            Arrays.sort(keyed, 0, n);
            int[] sites = new int[n];
            for (int i = 0; i < n; i++) sites[i] = (int) keyed[i];
            sitesByKind[k] = sites;
        }
    }

    int[] of(int h) {
        return sitesByKind[kindOf[h]];
    }

    int kinds() {
        return sitesByKind.length;
    }
}
