package am.haven.tracing;

import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.support.InvalidRequestException;
import am.haven.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tracing pages: the caseworker's desk (new candidates, cases, search, a new case), a case, and the
 * public finder. They call the same services as the JSON API, so rules and audit are the same.
 */
@Controller
@WebPage
class TracingPagesController {

    private final TracingService tracing;
    private final PersonSearch search;
    private final RegisteredPersons persons;
    private final CaseMatcher matcher;
    private final PublicFinder finder;

    TracingPagesController(TracingService tracing, PersonSearch search, RegisteredPersons persons, CaseMatcher matcher,
                           PublicFinder finder) {
        this.tracing = tracing;
        this.search = search;
        this.persons = persons;
        this.matcher = matcher;
        this.finder = finder;
    }

    /** A search result with the names a caseworker needs to recognise the person. */
    record Found(PersonSearch.Result result, PersonFacts person) {}

    @GetMapping("/tracing")
    @PreAuthorize(Roles.TRACING)
    String desk(@RequestParam(required = false) String q, @RequestParam(required = false) Integer birthYear,
                @RequestParam(required = false) String sex, @RequestParam(required = false) String origin,
                @RequestParam(required = false) String phone, @RequestParam(required = false) String status, Model model) {
        model.addAttribute("notifications", tracing.notifications(20));
        model.addAttribute("cases", tracing.list(status, 0, 50));
        model.addAttribute("status", status);
        model.addAttribute("statuses", java.util.Arrays.stream(CaseStatus.values()).map(CaseStatus::code).toList());
        model.addAttribute("q", q);
        model.addAttribute("birthYear", birthYear);
        model.addAttribute("sex", sex);
        model.addAttribute("origin", origin);
        model.addAttribute("phone", phone);
        if (blank(q) != null || blank(phone) != null) {
            try {
                List<PersonSearch.Result> results = search.search(q, birthYear, blank(sex), blank(origin), blank(phone), 10).results();
                Map<String, PersonFacts> facts = new HashMap<>();
                persons.byIds(results.stream().map(PersonSearch.Result::personId).toList())
                        .forEach(p -> facts.put(p.personId(), p));
                model.addAttribute("found", results.stream().map(r -> new Found(r, facts.get(r.personId()))).toList());
            } catch (InvalidRequestException e) {
                model.addAttribute("searchErrors", e.problems());
            }
        }
        return "tracing/desk";
    }

    /** The notification panel alone, for htmx to refresh. */
    @GetMapping("/tracing/notifications")
    @PreAuthorize(Roles.TRACING)
    String notifications(Model model) {
        model.addAttribute("notifications", tracing.notifications(20));
        return "tracing/desk :: notifications";
    }

    @PostMapping("/tracing/cases")
    @PreAuthorize(Roles.TRACING)
    String open(@RequestParam(required = false) String enquirerName, @RequestParam(required = false) String enquirerPhone,
                @RequestParam(required = false) String relation, @RequestParam(required = false) String givenName,
                @RequestParam(required = false) String familyName, @RequestParam(required = false) String patronymic,
                @RequestParam(required = false) String sex, @RequestParam(required = false) String birthDate,
                @RequestParam(required = false) String origin, @RequestParam(required = false) String description,
                @RequestParam(defaultValue = "false") boolean publicListing, Model model) {
        try {
            TracingCase c = tracing.open(new CaseRequest(new Enquirer(null, enquirerName, enquirerPhone, null, relation),
                    new SoughtPerson(null, givenName, familyName, patronymic, null, blank(sex), birthDate, null, origin,
                            null, description), publicListing));
            matcher.searchForCase(c.id());
            return "redirect:/tracing/cases/" + c.id();
        } catch (InvalidRequestException e) {
            model.addAttribute("caseErrors", e.problems());
            return desk(null, null, null, null, null, null, model);
        }
    }

    @GetMapping("/tracing/cases/{id}")
    @PreAuthorize(Roles.TRACING)
    String tracingCase(@PathVariable String id, Model model) {
        TracingCase c = tracing.get(id);
        Map<String, PersonFacts> facts = new HashMap<>();
        persons.byIds(c.candidates().stream().map(TracingCase.Candidate::personId).toList())
                .forEach(p -> facts.put(p.personId(), p));
        model.addAttribute("c", c);
        model.addAttribute("people", facts);
        model.addAttribute("statuses", java.util.Arrays.stream(CaseStatus.values()).map(CaseStatus::code).toList());
        model.addAttribute("noteStatuses", java.util.Arrays.stream(NoteStatus.values()).map(NoteStatus::code).toList());
        return "tracing/case";
    }

    @PostMapping("/tracing/cases/{id}/notes")
    @PreAuthorize(Roles.TRACING)
    String note(@PathVariable String id, @RequestParam(required = false) String status, @RequestParam(required = false) String text,
                @RequestParam(required = false) String lastKnownLocation, Model model) {
        try {
            tracing.addCaseNote(id, new NoteRequest(blank(status), text, null, null, lastKnownLocation, null));
            return "redirect:/tracing/cases/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("noteErrors", e.problems());
            return tracingCase(id, model);
        }
    }

    @PostMapping("/tracing/cases/{id}/status")
    @PreAuthorize(Roles.TRACING)
    String status(@PathVariable String id, @RequestParam String status, Model model) {
        try {
            tracing.changeStatus(id, new StatusRequest(status, null, null, null));
            return "redirect:/tracing/cases/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("statusErrors", e.problems());
            return tracingCase(id, model);
        }
    }

    @PostMapping("/tracing/cases/{id}/candidates/{personId}")
    @PreAuthorize(Roles.TRACING)
    String decide(@PathVariable String id, @PathVariable String personId, @RequestParam String decision) {
        tracing.decide(id, personId, decision);
        return "redirect:/tracing/cases/" + id;
    }

    @GetMapping("/public/finder")
    String publicFinder(@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("answer", finder.find(q, request.getRemoteAddr()));
            } catch (InvalidRequestException e) {
                model.addAttribute("finderError", "tracing.finder.twoNames");
            } catch (PublicFinder.TooManyQueries e) {
                model.addAttribute("finderError", "tracing.finder.tooMany");
            }
        }
        return "tracing/finder";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
