package am.haven.tracing;

/**
 * A note as posted by a signed-in user. The author is the user unless {@code authorName} names the
 * person who gave the information (e.g. a caller on the hotline); the user is kept either way.
 */
public record NoteRequest(String status, String text, String authorName, Boolean authorMadeContact,
                          String lastKnownLocation, String personId) {}
