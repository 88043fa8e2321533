package am.haven.match;

import am.haven.match.block.BlockingRule;

import java.util.List;
import java.util.Map;

/**
 * How to train and apply a model. Defaults suit person registers; every value is saved in the model.
 *
 * @param threshold         link pairs at or above this probability
 * @param possibleThreshold pairs from here up to {@code threshold} are "possible matches" for review
 * @param blockingRules     null for rules derived from the schema
 * @param blockCap          skip blocks with more records than this
 * @param randomPairs       how many random pairs estimate u
 * @param emIterations      EM iteration limit
 * @param fixedM            m values to keep instead of estimating, by field name
 * @param clusterDensity    share of possible links two groups need to merge (anti-chaining)
 * @param seed              random seed (training is deterministic for a given seed and input order)
 * @param maxGivenNameMismatch ceiling on m of the "else" level of given names, birth dates and
 *                          documents: a registration seldom carries a wholly different given name, birth
 *                          date or document number, and
 *                          without this ceiling EM, which sees twins, siblings and namesakes agreeing on
 *                          everything else, learns that it often does
 */
public record TrainingOptions(double threshold, double possibleThreshold, List<BlockingRule> blockingRules,
                              int blockCap, long randomPairs, int emIterations, Map<String, double[]> fixedM,
                              double clusterDensity, long seed, double maxGivenNameMismatch) {

    /** The options without {@code maxGivenNameMismatch} (kept for callers written before it), default 0.005. */
    public TrainingOptions(double threshold, double possibleThreshold, List<BlockingRule> blockingRules, int blockCap,
                           long randomPairs, int emIterations, Map<String, double[]> fixedM, double clusterDensity,
                           long seed) {
        this(threshold, possibleThreshold, blockingRules, blockCap, randomPairs, emIterations, fixedM, clusterDensity,
                seed, 0.005);
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(0.9, 0.5, null, 60, 1_000_000, 60, Map.of(), 0.4, 42, 0.005);
    }

    public TrainingOptions withThreshold(double t) {
        return new TrainingOptions(t, Math.min(possibleThreshold, t), blockingRules, blockCap, randomPairs,
                emIterations, fixedM, clusterDensity, seed, maxGivenNameMismatch);
    }

    public TrainingOptions withBlockingRules(List<BlockingRule> rules) {
        return new TrainingOptions(threshold, possibleThreshold, rules, blockCap, randomPairs, emIterations,
                fixedM, clusterDensity, seed, maxGivenNameMismatch);
    }

    public TrainingOptions withFixedM(Map<String, double[]> m) {
        return new TrainingOptions(threshold, possibleThreshold, blockingRules, blockCap, randomPairs,
                emIterations, m, clusterDensity, seed, maxGivenNameMismatch);
    }

    public TrainingOptions withClusterDensity(double d) {
        return new TrainingOptions(threshold, possibleThreshold, blockingRules, blockCap, randomPairs,
                emIterations, fixedM, d, seed, maxGivenNameMismatch);
    }
}
