/**
 * Security: users, roles, sign-in (form and bearer tokens), login throttling and the audit trail
 * of every read and write of personal data.
 *
 * <p><b>Owns</b> {@code app_user}, {@code api_token} and {@code audit_event}. Every feature writes
 * its audit events through {@link am.haven.security.AuditLog}, in the transaction of the change it
 * records. <b>Consumes</b> Spring Security's authentication events (throttling); <b>emits</b> none.
 */
package am.haven.security;
