package am.haven.registration;

import java.util.Optional;

/**
 * Which identity (resolved real person) a record belongs to, and the clerk's "this is the same
 * person" at registration. Implemented by de-duplication, so registration can show and record it
 * without depending on how identities are kept.
 */
public interface PersonIdentities {

    /** The record's identity id; empty while the record waits to be matched. */
    Optional<String> identityOf(String personId);

    /** True when an identity with this id has at least one record. */
    boolean exists(String identityId);

    /**
     * Attaches a record just written in the caller's transaction to an existing identity, as a
     * human decision by {@code actor} (audited, kept by every later matching, reversible by split).
     * Throws {@link am.haven.support.InvalidRequestException} naming {@code field} when the
     * identity no longer exists.
     */
    void attachNew(String personId, String identityId, String actor, String field);
}
