package am.haven.tracing;

import am.haven.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may do what in tracing, as {@code @PreAuthorize} expressions and checks inside a request. */
final class Roles {

    /** Tracing is protection work: caseworkers, and admins who configure it. */
    static final String TRACING = "hasAnyRole('ADMIN','CASEWORKER')";

    private Roles() {}

    /** True when the signed-in user holds {@code role}. */
    static boolean current(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
