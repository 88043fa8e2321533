package am.haven.match;

import java.util.List;

/**
 * A linked or possibly linked pair from batch linkage: probability, match weight and the
 * contributions (prior first, then one per comparison) that sum to the weight.
 */
public record ScoredPair(String leftId, String rightId, double probability, double matchWeight,
                         List<Contribution> explanation) {}
