package am.haven.tracing;

import java.util.List;

/**
 * A tracing case as a caseworker sees it: enquirer, sought person, status, the registered person
 * it led to (if any), its candidates, notes, and everyone who worked on it.
 */
public record TracingCase(
        String id,
        String status,
        String source,
        String pfifRecordId,
        Enquirer enquirer,
        SoughtPerson sought,
        boolean publicListing,
        String locatedPersonId,
        String sourceName,
        String sourceDate,
        String createdAt,
        String createdBy,
        String updatedAt,
        int version,
        List<Candidate> candidates,
        List<Note> notes,
        List<Event> history,
        List<String> workedOnBy) {

    /** A registered person who may be the sought person. */
    public record Candidate(String personId, double score, List<String> explanation, String foundAt,
                            String foundBy, String decision, boolean seen) {}

    /** One thing that happened to the case. */
    public record Event(String at, String actor, String kind, String detail) {}
}
