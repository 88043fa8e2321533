package am.haven.shelter.allocation;

import java.util.Set;

/**
 * A site's beds as the optimizer sees them.
 *
 * @param capacity        beds in total
 * @param occupied        beds already taken by households that stay where they are (confirmed or checked in)
 * @param residentOrigins origin settlements of the households already there
 */
public record SiteOffer(String id, String region, int capacity, int occupied, boolean accessible, SiteRule rule,
                        double latitude, double longitude, Set<String> residentOrigins) {

    public SiteOffer {
        if (id == null) throw new IllegalArgumentException("site id must be given");
        if (capacity < 0 || occupied < 0) throw new IllegalArgumentException("site " + id + ": negative beds");
        if (rule == null) rule = SiteRule.NONE;
        residentOrigins = residentOrigins == null ? Set.of() : Set.copyOf(residentOrigins);
    }

    public int free() {
        return Math.max(0, capacity - occupied);
    }
}
