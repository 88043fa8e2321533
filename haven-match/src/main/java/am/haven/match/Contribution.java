package am.haven.match;

/**
 * One term of a match weight: the comparison, the level its values agreed at, and the log2 Bayes
 * factor that level added (including any term-frequency adjustment). The prior appears as the
 * comparison "(prior)". A pair's match weight is the sum of its contributions.
 */
public record Contribution(String comparison, String level, double weight) {}
