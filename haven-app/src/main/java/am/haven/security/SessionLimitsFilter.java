package am.haven.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in browser session that must not go on: older than the absolute limit
 * ({@code haven.session.absolute}, 12 h), or whose user was disabled, given other roles or a new
 * password since signing in (the session then carried rights the user no longer has). The next
 * request gets 401 and a link to sign in again. Idle sessions end by the servlet container's
 * timeout ({@code server.servlet.session.timeout}, 30 min).
 */
class SessionLimitsFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AS = "haven.signedInAs";

    /** What the user was when the session began: compared on each request. */
    record SignedIn(String username, Set<String> roles, String passwordHash) implements java.io.Serializable {}

    private final UserRepository users;
    private final Duration absolute;
    private final AuditLog audit;

    SessionLimitsFilter(UserRepository users, Duration absolute, AuditLog audit) {
        this.users = users;
        this.absolute = absolute;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // Sessions a sign-in made (form login records the client's details); not tokens, not test users.
        if (session == null || auth == null || !auth.isAuthenticated()
                || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken
                || !(auth.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails)) {
            chain.doFilter(request, response);
            return;
        }
        String why = reasonToEnd(session, auth);
        if (why == null) {
            chain.doFilter(request, response);
            return;
        }
        audit.record(auth.getName(), "SESSION_ENDED", "app_user", null, why);
        session.invalidate();
        SecurityContextHolder.clearContext();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><html><head><meta charset=\"utf-8\"><title>Haven</title></head><body><main>"
                + "<p role=\"alert\">Your session has ended. Սեանսն ավարտվել է։ Сеанс завершён.</p>"
                + "<p><a href=\"" + request.getContextPath() + "/login\">Sign in · Մուտք · Вход</a></p></main></body></html>");
    }

    /** At sign-in: what the user is now, so a change from here on (another instance's included) ends the session. */
    void signedIn(HttpServletRequest request, Authentication auth) {
        users.findByUsername(auth.getName()).ifPresent(u -> remember(request.getSession(), u));
    }

    /** Records {@code user} as the session's user now: a later change of roles or password ends the session. */
    static void remember(HttpSession session, AppUser user) {
        session.setAttribute(SIGNED_IN_AS, new SignedIn(user.username(),
                user.roles().stream().map(Role::authority).collect(Collectors.toSet()), user.passwordHash()));
    }

    private String reasonToEnd(HttpSession session, Authentication auth) {
        if (System.currentTimeMillis() - session.getCreationTime() > absolute.toMillis()) return "older than " + absolute.toHours() + " h";
        Optional<AppUser> now = users.findByUsername(auth.getName());
        if (now.isEmpty() || !now.get().enabled()) return "user disabled";
        SignedIn then = (SignedIn) session.getAttribute(SIGNED_IN_AS);
        Set<String> roles = now.get().roles().stream().map(Role::authority).collect(Collectors.toSet());
        if (then == null) {
            // A session from before this check existed: remember what the user is now.
            // Roles only: Spring Security 7 also grants factor authorities (FACTOR_PASSWORD) at sign-in.
            Set<String> granted = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_")).collect(Collectors.toSet());
            if (!granted.equals(roles)) return "roles changed";
            remember(session, now.get());
            return null;
        }
        if (!then.roles().equals(roles)) return "roles changed";
        if (!then.passwordHash().equals(now.get().passwordHash())) return "password changed";
        return null;
    }
}
