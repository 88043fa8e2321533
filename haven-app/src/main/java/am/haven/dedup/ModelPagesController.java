package am.haven.dedup;

import am.haven.support.ConflictException;
import am.haven.support.InvalidRequestException;
import am.haven.web.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' matching page: status, model versions and JSON, thresholds with preview, relink. */
@Controller
@WebPage
@PreAuthorize(DedupAccess.ADMIN)
class ModelPagesController {

    private final ModelService models;
    private final RelinkService relink;
    private final PersonIndex index;
    private final MatchWorker matcher;

    ModelPagesController(ModelService models, RelinkService relink, PersonIndex index, MatchWorker matcher) {
        this.models = models;
        this.relink = relink;
        this.index = index;
        this.matcher = matcher;
    }

    @GetMapping("/admin/matching")
    String page(Model model) {
        model.addAttribute("models", models.list());
        model.addAttribute("active", models.activeVersion());
        model.addAttribute("indexed", index.size());
        model.addAttribute("pending", matcher.waiting());
        model.addAttribute("jobs", relink.recentJobs());
        var current = models.list().stream().filter(ModelRepository.Summary::active).findFirst().orElseThrow();
        model.addAttribute("threshold", current.threshold());
        model.addAttribute("possible", current.possibleThreshold());
        return "dedup/matching";
    }

    @GetMapping("/admin/matching/models/{version}")
    String json(@PathVariable int version, Model model) {
        model.addAttribute("version", version);
        model.addAttribute("json", models.json(version));
        return "dedup/model";
    }

    @PostMapping("/admin/matching/preview")
    String preview(@RequestParam Double threshold, @RequestParam Double possibleThreshold, Model model) {
        try {
            model.addAttribute("preview", models.preview(threshold, possibleThreshold));
        } catch (InvalidRequestException e) {
            model.addAttribute("invalid", true);
        }
        return "dedup/fragments :: preview";
    }

    @PostMapping("/admin/matching/thresholds")
    String thresholds(@RequestParam Double threshold, @RequestParam Double possibleThreshold, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("saved", models.setThresholds(threshold, possibleThreshold));
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("invalid", true);
        }
        return "redirect:/admin/matching";
    }

    @PostMapping("/admin/matching/relink")
    String relink(RedirectAttributes redirect) {
        try {
            relink.start();
            redirect.addFlashAttribute("started", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("running", true);
        }
        return "redirect:/admin/matching";
    }

    @GetMapping("/admin/matching/jobs")
    String jobs(Model model) {
        model.addAttribute("jobs", relink.recentJobs());
        return "dedup/fragments :: jobs";
    }
}
