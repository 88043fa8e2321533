package am.haven.shelter.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The soft terms as arithmetic over indexes: what placing one household at one site costs, what a
 * site's fill costs, what mixing origins costs. Shared by every solver so they score alike.
 */
final class CostModel {

    final List<HouseholdDemand> households;
    final List<SiteOffer> sites;
    final Weights w;
    /** Origin settlement of each household as a small integer, -1 when unknown. */
    final int[] originOf;
    /** Origins already present at each site, as integers. */
    final java.util.BitSet[] fixedOrigins;
    final int[] size;
    final int[] capacity;
    final int[] occupied;

    CostModel(AllocationProblem p) {
        this.households = p.households();
        this.sites = p.sites();
        this.w = p.weights();
        Map<String, Integer> origins = new HashMap<>();
        originOf = new int[households.size()];
        size = new int[households.size()];
        for (int h = 0; h < households.size(); h++) {
            String o = households.get(h).origin();
            originOf[h] = o == null || o.isBlank() ? -1 : origins.computeIfAbsent(key(o), k -> origins.size());
            size[h] = households.get(h).size();
        }
        fixedOrigins = new java.util.BitSet[sites.size()];
        capacity = new int[sites.size()];
        occupied = new int[sites.size()];
        for (int s = 0; s < sites.size(); s++) {
            SiteOffer site = sites.get(s);
            capacity[s] = site.capacity();
            occupied[s] = Math.min(site.occupied(), site.capacity());
            fixedOrigins[s] = new java.util.BitSet();
            for (String o : site.residentOrigins()) {
                Integer id = origins.get(key(o));
                // An origin no waiting household shares can never be matched; it still counts as one origin.
                fixedOrigins[s].set(id == null ? Integer.MAX_VALUE - 1 - s : id);
            }
        }
    }

    private static String key(String origin) {
        return origin.strip().toLowerCase(java.util.Locale.ROOT);
    }

    boolean allows(int h, int s) {
        return HardRules.allows(households.get(h), sites.get(s));
    }

    /** Kilometres from the household's reception point to the site (great circle). */
    double km(int h, int s) {
        HouseholdDemand d = households.get(h);
        SiteOffer o = sites.get(s);
        return haversineKm(d.latitude(), d.longitude(), o.latitude(), o.longitude());
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        return Distances.km(lat1, lon1, lat2, lon2);
    }

    boolean outsidePreferredRegion(int h, int s) {
        String pref = households.get(h).preferredRegion();
        return pref != null && !pref.equalsIgnoreCase(sites.get(s).region());
    }

    /** Region and distance terms for one person of household {@code h} at site {@code s}. */
    double perPerson(int h, int s) {
        return (outsidePreferredRegion(h, s) ? w.preferredRegion() : 0) + w.distancePerKm() * km(h, s);
    }

    /** Region and distance terms for the whole household. */
    double assignment(int h, int s) {
        return size[h] * perPerson(h, s);
    }

    double unplacedPerPerson(int h) {
        return w.unplaced() * (households.get(h).vulnerable() ? 1 + w.vulnerableFirst() : 1);
    }

    double unplaced(int h) {
        return size[h] * unplacedPerPerson(h);
    }

    /** Cost of a bed in fill segment {@code j} (0 = emptiest quarter … 3 = fullest) under {@link FillPolicy#EVEN}. */
    double segmentCost(int j) {
        return w.fill() * j / 3.0;
    }

    /** First bed index of quarter {@code j} of a site with {@code cap} beds (j = 4 gives cap). */
    static int segmentStart(int cap, int j) {
        return (int) ((long) cap * j / 4);
    }

    /** What the fill term charges for site {@code s} holding {@code load} people, above what its fixed residents cost. */
    double fill(int s, int load) {
        if (w.fillPolicy() == FillPolicy.CONSOLIDATE) {
            return occupied[s] == 0 && load > 0 ? w.fill() : 0;
        }
        return evenFill(capacity[s], load) - evenFill(capacity[s], occupied[s]);
    }

    private double evenFill(int cap, int load) {
        double c = 0;
        for (int j = 1; j < 4; j++) {
            int from = segmentStart(cap, j);
            int to = segmentStart(cap, j + 1);
            int beds = Math.max(0, Math.min(load, to) - from);
            c += beds * segmentCost(j);
        }
        return c;
    }

    /** The same-origin term for a site with {@code distinct} origins among its residents, above its fixed residents' origins. */
    double origin(int s, int distinct) {
        int fixed = fixedOrigins[s].cardinality();
        return w.sameOrigin() * (Math.max(0, distinct - 1) - Math.max(0, fixed - 1));
    }
}
