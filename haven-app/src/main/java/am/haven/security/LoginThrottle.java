package am.haven.security;

import am.haven.support.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Holds back a source that keeps failing to sign in, never an account. Five wrong passwords for one
 * user from one address hold that address back for that user, for a time that doubles with each
 * further failure (30 s, 1 min, 2 min … at most 15 min); twenty failures from one address across
 * any accounts within an hour hold the address back for all of them. The clerk whose name a
 * stranger tries signs in from her own desk as usual. Kept in the database, so every instance
 * applies the same count; each failure and each hold is audited.
 */
@Component
class LoginThrottle {

    static final int FAILURES_PER_USER = 5;
    static final int FAILURES_PER_SOURCE = 20;
    static final Duration FIRST_HOLD = Duration.ofSeconds(30);
    static final Duration LONGEST_HOLD = Duration.ofMinutes(15);
    static final Duration SOURCE_HOLD = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final LoginFailureRepository failures;
    private final AuditLog audit;

    LoginThrottle(LoginFailureRepository failures, AuditLog audit) {
        this.failures = failures;
        this.audit = audit;
    }

    /** Until when {@code source} is held back from signing in as {@code username}, if it is now. */
    Optional<Instant> heldBackUntil(String source, String username) {
        Instant now = Instant.now();
        Optional<Instant> pair = until(source, username == null ? "" : username.strip(), now);
        Optional<Instant> any = until(source, LoginFailureRepository.ANY_USER, now);
        if (pair.isEmpty()) return any;
        if (any.isEmpty()) return pair;
        return Optional.of(pair.get().isAfter(any.get()) ? pair.get() : any.get());
    }

    private Optional<Instant> until(String source, String username, Instant now) {
        return failures.find(source, username).map(LoginFailureRepository.Count::blockedUntil)
                .map(Timestamps::parse).filter(t -> t.isAfter(now));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String source = source(event.getAuthentication());
        if (source == null) return; // not a sign-in form (an API token has its own check)
        String username = String.valueOf(event.getAuthentication().getName()).strip();
        Instant now = Instant.now();
        String at = Timestamps.format(now), forget = Timestamps.format(now.minus(FORGET_AFTER));
        audit.record("anonymous", "login-failed", "app_user", null, "user " + username + " from " + source);
        int forUser = failures.countFailure(source, username, at, forget);
        if (forUser >= FAILURES_PER_USER) {
            Duration hold = FIRST_HOLD.multipliedBy(1L << Math.min(10, forUser - FAILURES_PER_USER));
            if (hold.compareTo(LONGEST_HOLD) > 0) hold = LONGEST_HOLD;
            failures.block(source, username, Timestamps.format(now.plus(hold)));
            audit.record("anonymous", "login-held-back", "app_user", null,
                    "user " + username + " from " + source + " for " + hold.toSeconds() + " s after " + forUser + " failures");
        }
        int fromSource = failures.countFailure(source, LoginFailureRepository.ANY_USER, at, forget);
        if (fromSource >= FAILURES_PER_SOURCE) {
            failures.block(source, LoginFailureRepository.ANY_USER, Timestamps.format(now.plus(SOURCE_HOLD)));
            audit.record("anonymous", "login-held-back", "app_user", null,
                    "all users from " + source + " for " + SOURCE_HOLD.toSeconds() + " s after " + fromSource + " failures");
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String source = source(event.getAuthentication());
        if (source != null) failures.forget(source, event.getAuthentication().getName());
    }

    private static String source(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
