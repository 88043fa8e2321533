package am.haven.registration;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Least privilege for health data: shelter coordinators and assistance officers read person records
 * but see no medical needs (disability, serious condition, pregnancy, survivor codes); what they need —
 * "uses a wheelchair, needs an accessible site" — is {@link SpecificNeed#MOBILITY}, which stays visible.
 */
final class NeedsVisibility {

    private static final Set<String> SEE_MEDICAL = Set.of("ROLE_ADMIN", "ROLE_REGISTRAR", "ROLE_CASEWORKER");

    private NeedsVisibility() {}

    static boolean callerSeesMedicalNeeds() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) return true; // background work inside the server, not a person reading
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(SEE_MEDICAL::contains);
    }

    static Person forCaller(Person p) {
        if (callerSeesMedicalNeeds()) return p;
        return p.withNeeds(p.needs().stream().filter(n -> !n.isMedical()).toList());
    }

    static Household forCaller(Household h) {
        if (callerSeesMedicalNeeds()) return h;
        return h.withMembers(h.members().stream().map(NeedsVisibility::forCaller).toList());
    }
}
