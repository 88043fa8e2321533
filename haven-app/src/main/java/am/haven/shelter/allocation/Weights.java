package am.haven.shelter.allocation;

/**
 * The soft terms' weights, editable by the coordinator. All costs are in points; lower is better.
 *
 * @param preferredRegion  per person placed outside the household's preferred region (where relatives live)
 * @param distancePerKm    per person and kilometre between the household's reception point and the site
 * @param sameOrigin       per extra origin settlement mixed into a site (a site housing people from three
 *                         settlements costs twice this), so neighbours stay together
 * @param fill             {@link FillPolicy#EVEN}: per person placed in the fullest quarter of a site's beds
 *                         (a third of it in the second-fullest, …); {@link FillPolicy#CONSOLIDATE}: per site opened
 * @param fillPolicy       spread evenly or consolidate
 * @param unplaced         per person left without a bed (keep it above every placement cost so that nobody
 *                         is left out while a fitting bed exists)
 * @param vulnerableFirst  extra share of {@code unplaced} for a vulnerable household's people (1 = twice the
 *                         penalty), so that when beds run short vulnerable households are placed first
 */
public record Weights(double preferredRegion, double distancePerKm, double sameOrigin, double fill,
                      FillPolicy fillPolicy, double unplaced, double vulnerableFirst) {

    public static final Weights DEFAULT = new Weights(150, 1.0, 10, 20, FillPolicy.EVEN, 1000, 1.0);

    public Weights {
        if (fillPolicy == null) throw new IllegalArgumentException("fillPolicy must be given");
        for (double w : new double[] {preferredRegion, distancePerKm, sameOrigin, fill, unplaced, vulnerableFirst}) {
            if (!(w >= 0) || Double.isInfinite(w)) throw new IllegalArgumentException("weights must be finite and not negative");
        }
    }
}
