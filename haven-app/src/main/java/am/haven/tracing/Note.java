package am.haven.tracing;

/**
 * A note in PFIF's sense about a registered person or a case: who wrote it, when, what it says,
 * its PFIF status and, when known, the last known location. {@code source} says where a note came
 * from (a Haven caseworker or another finder), so a "believed dead" is always shown with its source.
 */
public record Note(
        String id,
        String pfifRecordId,
        String caseId,
        String personId,
        String status,
        String authorName,
        String authorEmail,
        String authorUser,
        Boolean authorMadeContact,
        String source,
        String sourceDate,
        String entryDate,
        String text,
        String lastKnownLocation,
        String linkedPersonRecordId) {}
