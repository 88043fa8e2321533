package am.haven.reports;

import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard draws, aggregate only. Each list is what one chart and its table show.
 *
 * @param arrivals     persons per day, per registration point, with running totals from the first day shown
 * @param baseline     the cumulative figure against the pre-crisis population
 * @param pyramid      person records by sex and age band
 * @param needs        person records with each specific need (a person with two needs counts in both)
 * @param householdSizes households registered in the range by their current number of members
 * @param originSettlements person records by origin region and settlement, largest first
 * @param shelter      beds by shelter region (Armenia's marzes) from the shelter feature, now, whatever the filter
 * @param tracing      tracing cases by status code from the tracing feature, now, whatever the filter
 */
public record Dashboard(
        Summary summary,
        Arrivals arrivals,
        Baseline baseline,
        Pyramid pyramid,
        List<NeedCount> needs,
        List<SizeCount> householdSizes,
        List<SettlementCount> originSettlements,
        List<ShelterRegion> shelter,
        Map<String, Long> tracing,
        List<String> registrationPoints,
        List<String> regions) {

    public record Arrivals(List<String> days, List<Long> persons, List<Long> cumulative, List<PointSeries> byPoint) {}

    public record PointSeries(String point, List<Long> persons, List<Long> cumulative) {}

    /** {@code share} = {@code displaced} / {@code population}, where displaced is the distinct persons counted. */
    public record Baseline(long population, long displaced, double share) {}

    public record Pyramid(List<String> bands, List<Long> female, List<Long> male) {}

    public record NeedCount(String need, String unhcrCode, long persons) {}

    public record SizeCount(int size, long households) {}

    public record SettlementCount(String region, String settlement, long persons) {}

    /** Beds in one region's open and full sites; {@code region} is the shelter region code, e.g. {@code SYUNIK}. */
    public record ShelterRegion(String region, String name, int sites, int capacity, int occupied, int free,
                                int percentFull) {}

    /** The charts a dashboard has, in the order shown. */
    static final List<String> CHARTS = List.of("arrivals", "cumulative", "pyramid", "needs", "household-sizes",
            "origin-settlements");
}
