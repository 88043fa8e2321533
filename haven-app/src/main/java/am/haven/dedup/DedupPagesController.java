package am.haven.dedup;

import am.haven.support.ConflictException;
import am.haven.support.InvalidRequestException;
import am.haven.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the review queue (keyboard-first, bulk), identities, and the desk preview fragment. */
@Controller
@WebPage
class DedupPagesController {

    private final ReviewService reviews;
    private final IdentityService identities;
    private final DeskMatch desk;

    /** Pairs on one page of the review queue: enough to work through, few enough to render at once. */
    static final int REVIEW_PAGE = 50;

    DedupPagesController(ReviewService reviews, IdentityService identities, DeskMatch desk) {
        this.reviews = reviews;
        this.identities = identities;
        this.desk = desk;
    }

    @GetMapping("/review")
    @PreAuthorize(DedupAccess.REVIEW)
    String review(@RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(0, page);
        ReviewService.Page queue = reviews.list("pending", current * REVIEW_PAGE, REVIEW_PAGE);
        List<ReviewService.Detail> details = new ArrayList<>();
        for (ReviewService.Item item : queue.items()) details.add(reviews.detail(item.id()));
        model.addAttribute("pairs", details);
        model.addAttribute("total", queue.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", (int) Math.max(1, (queue.total() + REVIEW_PAGE - 1) / REVIEW_PAGE));
        return "dedup/review";
    }

    /** One decision; htmx replaces the pair's row with nothing, a plain form goes back to the queue. */
    @PostMapping("/review/{id}/decide")
    @PreAuthorize(DedupAccess.REVIEW)
    String decide(@PathVariable String id, @RequestParam String decision,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            reviews.decide(id, decision);
        } catch (ConflictException e) {
            response.setStatus(409);
        }
        if (htmx != null) {
            model.addAttribute("total", reviews.list("pending", 0, 1).total());
            return "dedup/fragments :: decided";
        }
        redirect.addFlashAttribute("decided", true);
        return "redirect:/review";
    }

    @PostMapping("/review/bulk")
    @PreAuthorize(DedupAccess.REVIEW)
    String bulk(@RequestParam(name = "ids", required = false) List<String> ids, @RequestParam String decision,
                RedirectAttributes redirect) {
        if (ids != null) {
            for (String id : ids) {
                try {
                    reviews.decide(id, decision);
                } catch (ConflictException e) {
                    // Decided meanwhile by someone else: their decision stands.
                }
            }
        }
        redirect.addFlashAttribute("decided", true);
        return "redirect:/review";
    }

    @GetMapping("/identities/{id}")
    @PreAuthorize(DedupAccess.READ_IDENTITIES)
    String identity(@PathVariable String id, Model model) {
        model.addAttribute("identity", identities.identity(id));
        return "dedup/identity";
    }

    @PostMapping("/identities/{id}/split")
    @PreAuthorize(DedupAccess.REVIEW)
    String split(@PathVariable String id, @RequestParam String personId, RedirectAttributes redirect) {
        identities.split(id, List.of(personId));
        redirect.addFlashAttribute("done", true);
        return "redirect:/identities/" + id;
    }

    @PostMapping("/identities/{id}/attach")
    @PreAuthorize(DedupAccess.DESK)
    String attach(@PathVariable String id, @RequestParam String personId, RedirectAttributes redirect) {
        identities.attach(personId.strip(), id);
        redirect.addFlashAttribute("done", true);
        return "redirect:/identities/" + id;
    }

    @PostMapping("/identity-operations/{op}/undo")
    @PreAuthorize(DedupAccess.REVIEW)
    String undo(@PathVariable String op, @RequestParam String back, RedirectAttributes redirect) {
        identities.undo(op);
        redirect.addFlashAttribute("done", true);
        return "redirect:/identities/" + back;
    }

    /** The desk's "possibly registered before" box for one member being typed. */
    @GetMapping("/dedup/desk-matches")
    @PreAuthorize(DedupAccess.DESK)
    String deskMatches(@RequestParam(required = false) String givenName, @RequestParam(required = false) String familyName,
                       @RequestParam(required = false) String patronymic, @RequestParam(required = false) String birthDate,
                       @RequestParam(required = false) String sex, @RequestParam(required = false) String phone,
                       @RequestParam(required = false) String origin, Model model) {
        List<DeskMatch.Hit> hits = List.of();
        try {
            hits = desk.match(new DeskMatch.Query(givenName, familyName, patronymic, birthDate, sex, phone, null,
                    origin, 5)).items();
        } catch (InvalidRequestException e) {
            // Not enough typed yet (or a date still half-typed): show nothing rather than an error.
        }
        model.addAttribute("hits", hits);
        return "dedup/fragments :: deskMatches";
    }
}
