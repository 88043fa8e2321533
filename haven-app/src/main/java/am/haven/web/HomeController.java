package am.haven.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /} sends each role to the page it starts its day on. */
@Controller
@WebPage
class HomeController {

    /**
     * First matching role wins. Features add their start page here when they have one
     * (shelter coordinators to sites, analysts to the dashboard, ...).
     */
    static final Map<String, String> START_PAGES = new LinkedHashMap<>();

    static {
        START_PAGES.put("ROLE_REGISTRAR", "/register");
        START_PAGES.put("ROLE_CASEWORKER", "/households");
        START_PAGES.put("ROLE_SHELTER", "/households");
        START_PAGES.put("ROLE_ASSISTANCE", "/households");
        START_PAGES.put("ROLE_ANALYST", "/dashboard");
        START_PAGES.put("ROLE_ADMIN", "/households");
    }

    @GetMapping("/")
    String home(Authentication auth) {
        for (Map.Entry<String, String> e : START_PAGES.entrySet()) {
            for (GrantedAuthority a : auth.getAuthorities()) {
                if (a.getAuthority().equals(e.getKey())) return "redirect:" + e.getValue();
            }
        }
        return "home";
    }
}
