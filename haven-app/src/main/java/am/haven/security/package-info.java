/**
 * Security: users, roles, sign-in (form and bearer tokens), sign-in throttling by source, and the
 * tamper-evident audit trail of every read and write of personal data.
 *
 * <p><b>Owns</b> {@code app_user}, {@code api_token}, {@code login_failure}, {@code audit_event}
 * (signed as written), {@code audit_unsealed}, {@code audit_seal} and {@code audit_chain_head} (the
 * chain {@link am.haven.security.AuditChain} appends and {@code haven audit verify} checks), and
 * {@code audit_key}. Every feature writes its audit events through {@link am.haven.security.AuditLog},
 * in the transaction of the change it records. <b>Consumes</b> Spring Security's authentication
 * events (throttling); <b>emits</b> none.
 */
package am.haven.security;
