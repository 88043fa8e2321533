/**
 * Erasure of a person record on request, with a second user's approval.
 *
 * <p><b>Owns</b> {@code erasure_request}. <b>Calls</b> every feature's {@link am.haven.erasure.ErasureStep}
 * in one transaction (registration's last: it deletes the record). <b>Emits</b> an {@code ERASED}
 * entry on the change feed, which the matching and search projections of every instance follow.
 * <b>Keeps</b> report facts (no name, date or number in them), payment lines (financial records, by
 * pseudonymous ids) and identity history (ids only).
 */
package am.haven.erasure;
