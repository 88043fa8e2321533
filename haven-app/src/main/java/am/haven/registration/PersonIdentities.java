package am.haven.registration;

import java.util.Optional;

/**
 * Which identity (resolved real person) a record belongs to. Implemented by de-duplication, so
 * registration can show it without depending on how identities are kept.
 */
public interface PersonIdentities {

    /** The record's identity id; empty while the record waits to be matched. */
    Optional<String> identityOf(String personId);
}
