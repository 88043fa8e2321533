package am.haven.tracing;

/**
 * A new tracing case as posted: who asks, whom they seek, and whether the sought person's name
 * may appear on the public finder as "being sought".
 */
public record CaseRequest(Enquirer enquirer, SoughtPerson sought, Boolean publicListing) {}
