package am.haven.security;

import am.haven.support.ConflictException;
import am.haven.support.InvalidRequestException;
import am.haven.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users and their roles, for administrators only (a registrar gets 403). */
@Controller
@WebPage
@PreAuthorize("hasRole('ADMIN')")
class UsersAdminController {

    private final UserService users;
    private final UserRepository repository;
    private final MessageSource messages;

    UsersAdminController(UserService users, UserRepository repository, MessageSource messages) {
        this.users = users;
        this.repository = repository;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        return page(model, Map.of(), null, null, Set.of());
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam(required = false) String displayName,
                  @RequestParam String password, @RequestParam(required = false) List<Role> roles,
                  HttpServletResponse response, Model model, RedirectAttributes redirect, java.util.Locale locale) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            users.createUser(username.strip(), displayName, password, chosen);
            redirect.addFlashAttribute("created", username.strip());
            return "redirect:/admin/users";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.problems().forEach(p -> errors.put(p.field(), messages.getMessage("admin.problem." + p.field(), null, p.message(), locale)));
            return page(model, errors, username, displayName, chosen);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(model, Map.of("username", messages.getMessage("admin.problem.exists", null, e.getMessage(), locale)),
                    username, displayName, chosen);
        }
    }

    @PostMapping("/admin/users/{username}")
    String update(@PathVariable String username, @RequestParam(required = false) List<Role> roles,
                  @RequestParam(defaultValue = "false") boolean enabled, Authentication auth,
                  RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        // An administrator who locks themselves out leaves nobody to undo it.
        if (username.equals(auth.getName()) && (!enabled || !chosen.contains(Role.ADMIN))) {
            redirect.addFlashAttribute("selfLockout", true);
            return "redirect:/admin/users";
        }
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("noRoles", username);
            return "redirect:/admin/users";
        }
        users.setRoles(username, chosen, enabled);
        redirect.addFlashAttribute("updated", username);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/password")
    String reset(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
                 RedirectAttributes redirect) {
        try {
            users.resetPassword(username, password);
            redirect.addFlashAttribute("reset", username);
        } catch (am.haven.support.InvalidRequestException e) {
            redirect.addFlashAttribute("resetProblem", true);
        }
        return "redirect:/admin/users";
    }

    private String page(Model model, Map<String, String> errors, String username, String displayName, Set<Role> roles) {
        model.addAttribute("users", repository.findAll());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("errors", errors);
        model.addAttribute("newUsername", username);
        model.addAttribute("newDisplayName", displayName);
        model.addAttribute("newRoles", roles);
        return "security/users";
    }
}
