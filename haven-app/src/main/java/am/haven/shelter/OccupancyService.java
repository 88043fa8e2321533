package am.haven.shelter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Beds, occupancy and free beds by region, for dashboards and reports: aggregate figures only,
 * no personal data. Occupancy is derived from placements, like everywhere in shelter.
 */
@Service
public class OccupancyService {

    /** One region's figures; {@code sites} counts open and full sites (closed ones are left out). */
    public record RegionOccupancy(Region region, int sites, int capacity, int occupied, int free) {

        /** Share of beds taken, 0–100. */
        public int percentFull() {
            return capacity == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * occupied / capacity));
        }
    }

    private final SiteRepository sites;

    OccupancyService(SiteRepository sites) {
        this.sites = sites;
    }

    /** Every region that has a site that is not closed, in the order of {@link Region}. */
    public List<RegionOccupancy> byRegion() {
        Map<Region, int[]> sums = new EnumMap<>(Region.class);
        for (Site s : sites.list(null, null)) {
            if (s.status() == SiteStatus.CLOSED) continue;
            int[] t = sums.computeIfAbsent(s.region(), r -> new int[4]);
            t[0]++;
            t[1] += s.capacity();
            t[2] += s.occupied();
            t[3] += s.free();
        }
        List<RegionOccupancy> out = new ArrayList<>();
        sums.forEach((r, t) -> out.add(new RegionOccupancy(r, t[0], t[1], t[2], t[3])));
        return out;
    }

    /** All regions together. */
    public RegionOccupancy total() {
        int[] t = new int[4];
        for (RegionOccupancy r : byRegion()) {
            t[0] += r.sites();
            t[1] += r.capacity();
            t[2] += r.occupied();
            t[3] += r.free();
        }
        return new RegionOccupancy(null, t[0], t[1], t[2], t[3]);
    }
}
