package am.haven.registration;

import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import am.haven.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The household list (live search), the household page with its corrections and history, and the
 * printable registration card. Every read goes through {@link RegistrationService}, which audits it.
 */
@Controller
@WebPage
class HouseholdPagesController {

    static final int PAGE_SIZE = 25;
    /** Roles that may see health-related needs; the others see only "needs an accessible site". */
    private static final Set<String> MEDICAL_ROLES = Set.of("ROLE_ADMIN", "ROLE_REGISTRAR", "ROLE_CASEWORKER");

    private final RegistrationService registrations;
    private final HouseholdHistory history;
    private final MessageSource messages;

    HouseholdPagesController(RegistrationService registrations, HouseholdHistory history, MessageSource messages) {
        this.registrations = registrations;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping("/households")
    @PreAuthorize(Access.READ_PERSONS)
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model) {
        int p = Math.max(page, 0);
        HouseholdRepository.Page result = registrations.list(q, p, PAGE_SIZE);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", p);
        model.addAttribute("result", result);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        boolean fragment = htmx != null && "results".equals(htmxTarget);
        return fragment ? "registration/households :: results" : "registration/households";
    }

    @GetMapping("/households/{id}")
    @PreAuthorize(Access.READ_PERSONS)
    String show(@PathVariable String id, Authentication auth, Model model) {
        return page(model, auth, registrations.household(id), null, Map.of(), null);
    }

    @PostMapping("/households/{id}")
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    String correctHousehold(@PathVariable String id, @ModelAttribute("householdForm") DeskForm form, Authentication auth,
                            Locale locale, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Household before = registrations.household(id);
        List<String> others = before.phones().size() > 1 ? before.phones().subList(1, before.phones().size()) : List.of();
        HouseholdRequest r = form.toRequest();
        try {
            registrations.replace(id, new HouseholdPatch(r.registrationPoint(), r.origin(), r.currentAddress(),
                    r.destination(), r.phone(), others, r.consent(), r.notes()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/households/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("householdForm", form);
            return page(model, auth, before, "household", FieldErrors.localize(e.problems(), messages, locale), null);
        }
    }

    @PostMapping("/households/{id}/members/{personId}")
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    String correctMember(@PathVariable String id, @PathVariable String personId, @ModelAttribute MemberForm form,
                         Authentication auth, Locale locale, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        Household h = registrations.household(id);
        if (h.members().stream().noneMatch(m -> m.id().equals(personId))) throw new NotFoundException("person", personId);
        try {
            registrations.correctMember(personId, form.toRequest(), false);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/households/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return page(model, auth, h, personId, FieldErrors.localize(e.problems(), messages, locale), form);
        }
    }

    @PostMapping("/households/{id}/members")
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    String addMember(@PathVariable String id, @ModelAttribute MemberForm form, Authentication auth, Locale locale,
                     HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Household h = registrations.household(id);
        try {
            registrations.addMember(id, form.toRequest());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/households/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return page(model, auth, h, "new", FieldErrors.localize(e.problems(), messages, locale), form);
        }
    }

    @GetMapping("/households/{id}/card")
    @PreAuthorize(Access.READ_PERSONS)
    String card(@PathVariable String id, Authentication auth, Model model) {
        Household h = registrations.household(id);
        model.addAttribute("household", h);
        model.addAttribute("qr", QrCodes.svg(h.number()));
        model.addAttribute("medical", mayReadMedical(auth));
        return "registration/card";
    }

    /**
     * @param editing which form failed ("household", "new" or a person id), so that one is opened
     *                with what the clerk typed and the problems next to the inputs
     */
    private String page(Model model, Authentication auth, Household h, String editing, Map<String, String> errors,
                        MemberForm failed) {
        boolean writer = hasAny(auth, Set.of("ROLE_ADMIN", "ROLE_REGISTRAR", "ROLE_CASEWORKER"));
        model.addAttribute("household", h);
        model.addAttribute("medical", mayReadMedical(auth));
        model.addAttribute("writer", writer);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("vocabulary", Vocabulary.INSTANCE);
        model.addAttribute("settlements", Settlements.all());
        model.addAttribute("points", DeskController.POINTS);
        if (writer) {
            Map<String, MemberForm> forms = new LinkedHashMap<>();
            for (Person p : h.members()) forms.put(p.id(), failed != null && p.id().equals(editing) ? failed : MemberForm.of(p));
            model.addAttribute("memberForms", forms);
            model.addAttribute("newMember", failed != null && "new".equals(editing) ? failed : MemberForm.withRelationship(null));
            if (!model.containsAttribute("householdForm")) model.addAttribute("householdForm", householdForm(h));
            model.addAttribute("history", history.of(h));
        }
        return "registration/household";
    }

    private static DeskForm householdForm(Household h) {
        DeskForm f = new DeskForm();
        f.setRegistrationPoint(h.registrationPoint());
        f.getOrigin().setSettlement(h.origin() == null ? null : h.origin().settlement());
        f.setDestination(h.destination());
        f.setCurrentAddress(h.currentAddress());
        f.setPhone(h.phone());
        f.getConsent().setAssistance(h.consent().assistance());
        f.getConsent().setTracing(h.consent().tracing());
        f.getConsent().setSharing(h.consent().sharing());
        f.setNotes(h.notes());
        return f;
    }

    private static boolean mayReadMedical(Authentication auth) {
        return hasAny(auth, MEDICAL_ROLES);
    }

    private static boolean hasAny(Authentication auth, Set<String> roles) {
        for (GrantedAuthority a : auth.getAuthorities()) if (roles.contains(a.getAuthority())) return true;
        return false;
    }
}
