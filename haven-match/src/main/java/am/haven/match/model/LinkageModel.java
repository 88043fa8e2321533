package am.haven.match.model;

import java.util.List;
import java.util.Map;

/**
 * A trained linkage model as data: what {@code --save-model} writes and {@code --model} reads.
 * Versioned by {@link #format()} and {@link #version()}; fields are plain values so the JSON reads well.
 *
 * @param fields           linked fields and their types
 * @param comparisons      per field the ordered levels with m, u and log2(m/u)
 * @param blockingRules    OR-ed rules; each a list of parts ({@code field} or {@code field:year})
 * @param blockCap         blocks larger than this are skipped when gathering candidates
 * @param matchesPerRecord expected number of other records a record matches (sets the prior)
 * @param threshold        match probability at and above which two records are linked
 * @param possibleThreshold lower edge of the "possible match" band sent to human review
 * @param clusterDensity   share of possible links two groups need before they merge
 * @param termFrequencies  per field: population size and counts of frequent values
 */
public record LinkageModel(
        String format,
        int version,
        List<Field> fields,
        List<ComparisonModel> comparisons,
        List<List<String>> blockingRules,
        int blockCap,
        double matchesPerRecord,
        double threshold,
        double possibleThreshold,
        double clusterDensity,
        Map<String, TermFrequencyTable> termFrequencies,
        Map<String, String> training) {

    public static final String FORMAT = "haven-match-model";
    public static final int VERSION = 1;

    /** A linked field. */
    public record Field(String name, String type) {}

    /** One comparison's levels, best first. */
    public record ComparisonModel(String field, String type, List<Level> levels) {}

    /** One level: label, m, u, whether term frequencies adjust it, and its weight log2(m/u). */
    public record Level(String label, double m, double u, boolean tfAdjusted, double weight) {}

    /** Value counts in the training population (values seen at least twice). */
    public record TermFrequencyTable(int population, Map<String, Integer> counts) {}
}
