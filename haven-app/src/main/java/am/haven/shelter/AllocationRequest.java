package am.haven.shelter;

import java.util.List;

/**
 * A request to propose placements: either the listed households or every waiting one.
 *
 * @param timeLimitSeconds how long the optimizer may search (1–300; default 10)
 * @param method           {@code optimizer} (default) or {@code greedy} (first-fit-decreasing baseline)
 * @param weights          the coordinator's weights; missing ones keep their defaults
 */
public record AllocationRequest(List<String> households, Boolean waiting, Integer timeLimitSeconds, String method,
                                WeightsRequest weights) {

    /** Weights as posted; null fields keep the default. */
    public record WeightsRequest(Double preferredRegion, Double distancePerKm, Double sameOrigin, Double fill,
                                 String fillPolicy, Double unplaced, Double vulnerableFirst) {}
}
