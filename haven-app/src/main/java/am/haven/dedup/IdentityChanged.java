package am.haven.dedup;

/**
 * Published inside the transaction that moved a person record into another identity (or placed it
 * in its first one), so features that count identities (report figures) can follow in the same
 * transaction. {@code previousIdentityId} is null when the record had no identity yet.
 * {@code newIdentity} says the identity was created by this change, so no record outside the
 * transaction is in it (a counter need not look its members up). {@code operationId} names the
 * decision (a review, a merge, a split, a relink, the matcher's pass) that made the change.
 */
public record IdentityChanged(String personId, String identityId, String previousIdentityId, boolean newIdentity,
                              String operationId) {}
