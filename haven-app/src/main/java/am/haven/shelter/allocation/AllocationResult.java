package am.haven.shelter.allocation;

import java.util.List;

/**
 * A proposal: who goes where, who could not be placed, and how good it is.
 *
 * @param score                    total cost of the proposal (lower is better), unplaced penalties included
 * @param lowerBound               no proposal can cost less (from the split-household relaxation); 0 when not computed
 * @param gap                      (score - lowerBound) / lowerBound, or 0 when both are 0
 * @param hardViolations           broken hard constraints, counted independently of the solver (should be 0)
 * @param millisToFirstFeasible    from start to the first proposal with no hard violation
 * @param millis                   total time
 */
public record AllocationResult(String method, List<ProposedPlacement> placements, List<String> unplaced,
                               double score, double lowerBound, double gap, int hardViolations,
                               long millisToFirstFeasible, long millis) {

    public static double gap(double score, double lowerBound) {
        if (lowerBound <= 0) return score <= 1e-9 ? 0 : Double.POSITIVE_INFINITY;
        return Math.max(0, (score - lowerBound) / lowerBound);
    }
}
