package am.haven.tracing;

import java.util.List;

/**
 * A PFIF 1.4 person record with the fields Haven reads and writes; text as in the document
 * (trimmed), nulls for absent fields. {@code notes} are the notes nested in or pointing to it.
 */
public record PfifPerson(
        String personRecordId,
        String entryDate,
        String authorName,
        String authorEmail,
        String authorPhone,
        String sourceName,
        String sourceDate,
        String sourceUrl,
        String fullName,
        String givenName,
        String familyName,
        String alternateNames,
        String description,
        String sex,
        String dateOfBirth,
        String age,
        String homeCity,
        String homeState,
        String homeCountry,
        List<PfifNote> notes) {}
