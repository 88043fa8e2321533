package am.haven.security;

import am.haven.support.InvalidRequestException;
import am.haven.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user's own password: {@code /account/password}. Every other session of the user ends. */
@Controller
@WebPage
class AccountController {

    private final UserService users;
    private final UserRepository repository;
    private final MessageSource messages;

    AccountController(UserService users, UserRepository repository, MessageSource messages) {
        this.users = users;
        this.repository = repository;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "security/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String repeat, Authentication auth, HttpServletRequest request,
                  HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (password != null && !password.equals(repeat)) errors.put("repeat", messages.getMessage("account.problem.repeat", null, locale));
        if (errors.isEmpty()) {
            try {
                users.changeOwnPassword(auth.getName(), current, password);
                // This session goes on with the new password; the user's other sessions end at their next request.
                HttpSession session = request.getSession(false);
                if (session != null) SessionLimitsFilter.remember(session, repository.findByUsername(auth.getName()).orElseThrow());
                redirect.addFlashAttribute("changed", true);
                return "redirect:/account/password";
            } catch (InvalidRequestException e) {
                e.problems().forEach(p -> errors.put(p.field(), messages.getMessage("account.problem." + p.field(), null, locale)));
            }
        }
        response.setStatus(422);
        model.addAttribute("errors", errors);
        return "security/password";
    }
}
