package am.haven.dedup;

/**
 * Published inside the transaction that moved a person record into another identity (or placed it
 * in its first one), so features that count identities (report figures) can follow in the same
 * transaction. {@code previousIdentityId} is null when the record had no identity yet.
 */
public record IdentityChanged(String personId, String identityId, String previousIdentityId) {}
