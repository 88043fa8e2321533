package am.haven.match;

import java.util.List;

/**
 * A scored candidate: the id of an indexed record, the probability that it is the same person,
 * the match weight (log2 odds) and the contributions that add up to it.
 */
public record Candidate(String id, double probability, double matchWeight, List<Contribution> explanation) {}
