package am.haven.shelter;

import java.util.List;

/** A stored optimizer run and the placements it proposed. */
public record AllocationRun(String id, String createdAt, String createdBy, String method, String weights,
                            int households, int placed, int unplacedCount, double score, double lowerBound, Double gap,
                            int hardViolations, long millis, long firstFeasibleMillis,
                            List<Placement> placements, List<String> unplaced) {}
