package am.haven.shelter.allocation;

/**
 * What one placement costs, term by term, so a coordinator can see why a household went where.
 *
 * @param region    cost of being outside the preferred region (0 when inside or no preference)
 * @param distance  cost of the distance from the reception point
 * @param km        that distance in kilometres
 * @param fill      the household's share of its site's fill cost
 * @param origin    what the household adds by bringing a new origin settlement into the site
 */
public record CostBreakdown(double region, double distance, double km, double fill, double origin) {

    public double total() {
        return region + distance + fill + origin;
    }
}
