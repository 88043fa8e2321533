package am.haven.match;

import java.util.List;
import java.util.Map;

/**
 * The outcome of batch linkage.
 *
 * @param linker          the (trained) linker that produced it
 * @param clusterIds      cluster id per record id, in input order; a cluster id is the id of one of its
 *                        members (the shortest, then alphabetically first), so it is stable across runs
 * @param pairs           pairs at or above the possible-match threshold, strongest first
 * @param candidatePairs  how many pairs blocking produced and were compared
 * @param skippedBlocks   how many oversized block look-ups were skipped
 * @param blocking        pair completeness and reduction ratio, when the run was given the truth;
 *                        otherwise null
 * @param invalidValues   values read as missing because they were unreadable (none unless the run
 *                        was asked to {@link OnInvalidValue#TREAT_AS_MISSING})
 */
public record LinkResult(Linker linker, Map<String, String> clusterIds, List<ScoredPair> pairs,
                         long candidatePairs, long skippedBlocks, BlockingQuality blocking,
                         InvalidValues invalidValues) {

    /** A result without invalid values (the form before {@link OnInvalidValue}). */
    public LinkResult(Linker linker, Map<String, String> clusterIds, List<ScoredPair> pairs, long candidatePairs,
                      long skippedBlocks, BlockingQuality blocking) {
        this(linker, clusterIds, pairs, candidatePairs, skippedBlocks, blocking, InvalidValues.none());
    }

    /** Pairs at or above the match threshold. */
    public List<ScoredPair> links() {
        double t = linker.model().threshold();
        return pairs.stream().filter(p -> p.probability() >= t).toList();
    }

    /** Pairs in the possible-match band, for human review. */
    public List<ScoredPair> possibleMatches() {
        double t = linker.model().threshold();
        return pairs.stream().filter(p -> p.probability() < t).toList();
    }
}
