package am.haven.registration;

import am.haven.support.ConflictException;
import am.haven.support.InvalidRequestException;
import am.haven.web.WebPage;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.http.HttpHeaders;
import am.haven.web.Unavailable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration desk: one form for a household and its members, posted to
 * {@link RegistrationService#register}. Problems come back next to their inputs with everything
 * typed kept; a resend of the same form (double click, retry after a network drop) never makes a
 * second household, because the form carries the idempotency key it was rendered with.
 */
@Controller
@WebPage
@PreAuthorize(Access.WRITE_REGISTRATIONS)
class DeskController {

    /** Reception points of 2023, offered as suggestions; clerks may type another. */
    static final List<String> POINTS = List.of("Kornidzor humanitarian centre", "Goris humanitarian centre",
            "Vayk reception centre", "Yerevan online");

    private final RegistrationService registrations;
    private final MessageSource messages;
    private final Unavailable unavailable;

    DeskController(RegistrationService registrations, MessageSource messages, Unavailable unavailable) {
        this.registrations = registrations;
        this.messages = messages;
        this.unavailable = unavailable;
    }

    @GetMapping("/register")
    String form(Authentication auth, HttpServletRequest request, Locale locale, Model model) {
        DeskForm form = new DeskForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setRegistrationPoint(rememberedPoint(auth, request));
        form.getMembers().add(MemberForm.withRelationship(Relationship.HEAD));
        return page(model, form, Map.of(), locale);
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") DeskForm form, Authentication auth, Locale locale,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        form.dropBlankMembers();
        try {
            requireKnownPoint(form.getRegistrationPoint());
            RegistrationService.Registration r = registrations.register(form.toRequest(), key(form));
            rememberPoint(auth, form.getRegistrationPoint(), response);
            redirect.addFlashAttribute("registered", r.household().number());
            return "redirect:/households/" + r.household().id();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            if (form.getMembers().isEmpty()) form.getMembers().add(MemberForm.withRelationship(Relationship.HEAD));
            return page(model, form, FieldErrors.localize(e.problems(), messages, locale), locale);
        } catch (ConflictException e) {
            // The key was used for a different household: the first submit went through, then the form changed.
            response.setStatus(409);
            model.addAttribute("conflict", true);
            return page(model, form, Map.of(), locale);
        } catch (RuntimeException e) {
            // The database (or its disk) cannot save now. The form comes back with every value and the
            // same idempotency key, so submitting again once it recovers registers the household once.
            Unavailable.Reason reason = Unavailable.reasonOf(e).orElseThrow(() -> e);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(reason.retryAfterSeconds()));
            model.addAttribute("unavailable", unavailable.title(reason, locale));
            return page(model, form, Map.of(), locale);
        }
    }

    /**
     * The desk offers its registration points as a choice; one it does not know (a crafted or stale
     * form) is refused, so a typo never becomes a point of its own in the figures. The API and imports
     * keep taking the point as written by the system that sends it.
     */
    private static void requireKnownPoint(String point) {
        if (point != null && !point.isBlank() && !POINTS.contains(point.strip())) {
            throw InvalidRequestException.of("registrationPoint", "must be one of the desk's registration points");
        }
    }

    private static String key(DeskForm form) {
        String k = form.getIdempotencyKey();
        return k == null || k.isBlank() ? null : "desk:" + k.strip();
    }

    private String page(Model model, DeskForm form, Map<String, String> errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", FieldErrors.summary(errors, messages, locale));
        model.addAttribute("blankMember", new MemberForm());
        model.addAttribute("points", POINTS);
        model.addAttribute("settlements", Settlements.all());
        model.addAttribute("vocabulary", Vocabulary.INSTANCE);
        return "registration/desk";
    }

    /** Each clerk's registration point, kept per user in this browser so a shared desk PC works too. */
    private static String cookieName(Authentication auth) {
        return "haven-point-" + auth.getName().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String rememberedPoint(Authentication auth, HttpServletRequest request) {
        if (request.getCookies() == null) return null;
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals(cookieName(auth))) return URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8);
        }
        return null;
    }

    private static void rememberPoint(Authentication auth, String point, HttpServletResponse response) {
        if (point == null || point.isBlank()) return;
        Cookie c = new Cookie(cookieName(auth), URLEncoder.encode(point.strip(), StandardCharsets.UTF_8));
        c.setPath("/");
        c.setHttpOnly(true);
        c.setMaxAge(60 * 60 * 24 * 180);
        c.setAttribute("SameSite", "Lax");
        response.addCookie(c);
    }
}
