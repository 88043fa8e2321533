package am.haven.shelter.allocation;

import am.haven.shelter.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A displaced population and a set of sites shaped like autumn 2023: household sizes averaging
 * about 3.3, ~3 % of households with a wheelchair user, most arrivals through Goris, Stepanakert the
 * origin of almost half, large collective centres mixed with small host families and flats.
 */
public final class SyntheticShelterProblem {

    private static final double[] SIZE_SHARE = {0.18, 0.20, 0.18, 0.20, 0.13, 0.07, 0.03, 0.01};
    private static final Region[] REGIONS = Region.values();
    /** Share of sites (and of preferred regions) by region, roughly by population. */
    private static final double[] REGION_SHARE = {0.35, 0.04, 0.09, 0.09, 0.07, 0.10, 0.07, 0.08, 0.05, 0.04, 0.02};
    /** Goris, Kornidzor, Vayk, Yerevan and how many arrive through each. */
    private static final double[][] RECEPTION = {{39.5111, 46.3386, 0.70}, {39.4475, 46.3125, 0.15},
            {39.6894, 45.4664, 0.10}, {40.1792, 44.4991, 0.05}};

    private SyntheticShelterProblem() {}

    public static List<HouseholdDemand> households(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<HouseholdDemand> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int size = 1 + pick(r, SIZE_SHARE);
            double[] from = RECEPTION[pick(r, column(RECEPTION, 2))];
            String preferred = r.nextDouble() < 0.4 ? REGIONS[pick(r, REGION_SHARE)].name() : null;
            list.add(new HouseholdDemand("h" + i, size, r.nextDouble() < 0.03, r.nextDouble() < 0.10,
                    r.nextDouble() < 0.30, preferred, origin(r), from[0], from[1]));
        }
        return list;
    }

    /** {@code count} sites with about {@code beds} beds in all. */
    public static List<SiteOffer> sites(int count, int beds, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int small = count * 57 / 100;
        int smallBeds = 0;
        int[] capacity = new int[count];
        for (int i = 0; i < small; i++) smallBeds += capacity[i] = 2 + r.nextInt(7);
        double[] weight = new double[count - small];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) sum += weight[i] = 0.3 + r.nextDouble() * r.nextDouble() * 3;
        for (int i = 0; i < weight.length; i++) capacity[small + i] = Math.max(20, (int) Math.round((beds - smallBeds) * weight[i] / sum));
        List<SiteOffer> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Region region = REGIONS[pick(r, REGION_SHARE)];
            boolean large = i >= small;
            double roll = r.nextDouble();
            SiteRule rule = roll < 0.05 ? SiteRule.FAMILIES_ONLY : roll < 0.08 ? SiteRule.WOMEN_AND_CHILDREN_ONLY : SiteRule.NONE;
            list.add(new SiteOffer("s" + i, region.name(), capacity[i], 0, r.nextDouble() < (large ? 0.35 : 0.10), rule,
                    region.latitude() + (r.nextDouble() - 0.5) * 0.4, region.longitude() + (r.nextDouble() - 0.5) * 0.5, Set.of()));
        }
        return list;
    }

    /** About 120 settlements, Stepanakert by far the largest. */
    private static String origin(SplittableRandom r) {
        if (r.nextDouble() < 0.45) return "Stepanakert";
        return "settlement-" + (int) Math.floor(Math.pow(r.nextDouble(), 2) * 120);
    }

    private static int pick(SplittableRandom r, double[] shares) {
        double x = r.nextDouble() * java.util.Arrays.stream(shares).sum();
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) return i;
        }
        return shares.length - 1;
    }

    private static double[] column(double[][] rows, int c) {
        return java.util.Arrays.stream(rows).mapToDouble(row -> row[c]).toArray();
    }
}
