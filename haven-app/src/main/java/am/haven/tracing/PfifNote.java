package am.haven.tracing;

/** A PFIF 1.4 note record with the fields Haven reads and writes. */
public record PfifNote(
        String noteRecordId,
        String personRecordId,
        String linkedPersonRecordId,
        String entryDate,
        String authorName,
        String authorEmail,
        String authorPhone,
        String sourceDate,
        Boolean authorMadeContact,
        String status,
        String lastKnownLocation,
        String text) {}
