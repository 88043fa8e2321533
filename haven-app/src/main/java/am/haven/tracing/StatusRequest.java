package am.haven.tracing;

/** A status change: the new status, the registered person found (for located/reunited), the version read. */
public record StatusRequest(String status, String locatedPersonId, Integer version, String comment) {}
