package am.haven.shelter;

import am.haven.registration.HouseholdProfile;
import am.haven.registration.HouseholdProfiles;
import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import am.haven.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shelter pages: sites with occupancy by region, a site with who is there, and the allocation review. */
@Controller
@WebPage
class ShelterPagesController {

    /** One proposed (or already handled) placement on the review screen, with the names a coordinator needs. */
    record ReviewRow(Placement placement, String householdNumber, String headName, boolean needsAccessibleSite) {}

    private final SiteService sites;
    private final SiteResidents residents;
    private final OccupancyService occupancy;
    private final AllocationService allocations;
    private final PlacementService placements;
    private final HouseholdProfiles households;
    private final SiteChooser chooser;
    private final AuditLog audit;

    /** Proposals (and households without a bed) shown per page of the allocation review. */
    static final int REVIEW_PAGE = 50;

    ShelterPagesController(SiteService sites, SiteResidents residents, OccupancyService occupancy,
                           AllocationService allocations, PlacementService placements, HouseholdProfiles households,
                           SiteChooser chooser, AuditLog audit) {
        this.chooser = chooser;
        this.sites = sites;
        this.residents = residents;
        this.occupancy = occupancy;
        this.allocations = allocations;
        this.placements = placements;
        this.households = households;
        this.audit = audit;
    }

    @GetMapping("/shelter/sites")
    @PreAuthorize(ShelterAccess.READ_SITES)
    String sites(Model model) {
        return sitesPage(model, new SiteForm(), Map.of());
    }

    @PostMapping("/shelter/sites")
    @PreAuthorize(ShelterAccess.MANAGE)
    String create(@ModelAttribute SiteForm form, HttpServletResponse response, Model model) {
        try {
            Site s = sites.create(request(form));
            return "redirect:/shelter/sites/" + s.id();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return sitesPage(model, form, errors(e));
        }
    }

    @PostMapping("/shelter/sites/import")
    @PreAuthorize(ShelterAccess.MANAGE)
    String importSites(@RequestParam("file") MultipartFile file, HttpServletResponse response, Model model,
                       RedirectAttributes redirect) throws IOException {
        try {
            List<Site> created = sites.importRows(SiteImport.read(file.getOriginalFilename(), file.getInputStream()));
            redirect.addFlashAttribute("imported", created.size());
            return "redirect:/shelter/sites";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("importProblems", e.problems());
            return sitesPage(model, new SiteForm(), Map.of());
        }
    }

    @GetMapping("/shelter/sites/{id}")
    @PreAuthorize(ShelterAccess.MANAGE)
    String site(@PathVariable String id, Model model) {
        Site s = sites.get(id);
        return sitePage(model, s, SiteForm.of(s), Map.of());
    }

    @PostMapping("/shelter/sites/{id}")
    @PreAuthorize(ShelterAccess.MANAGE)
    String update(@PathVariable String id, @ModelAttribute SiteForm form, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        Site s = sites.get(id);
        try {
            sites.update(id, request(form));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/shelter/sites/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return sitePage(model, s, form, errors(e));
        }
    }

    @GetMapping("/shelter/allocation")
    @PreAuthorize(ShelterAccess.MANAGE)
    String review(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", new AllocationForm());
        allocations.latestReview(page, REVIEW_PAGE).ifPresent(r -> addRun(model, r));
        return "shelter/allocation";
    }

    /** The site picker of one proposal: a few sites that fit, narrowed by what was typed (htmx fragment). */
    @GetMapping("/shelter/placements/{id}/sites")
    @PreAuthorize(ShelterAccess.MANAGE)
    String siteChoices(@PathVariable String id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("choices", chooser.forPlacement(id, q));
        model.addAttribute("placementId", id);
        model.addAttribute("q", q);
        return "shelter/fragments :: siteChoices";
    }

    @PostMapping("/shelter/allocation")
    @PreAuthorize(ShelterAccess.MANAGE)
    String allocate(@ModelAttribute AllocationForm form, HttpServletResponse response, Model model) {
        try {
            allocations.allocate(form.toRequest());
            return "redirect:/shelter/allocation";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors(e));
            allocations.latestReview(0, REVIEW_PAGE).ifPresent(r -> addRun(model, r));
            return "shelter/allocation";
        }
    }

    @PostMapping("/shelter/allocation/{runId}/confirm-all")
    @PreAuthorize(ShelterAccess.MANAGE)
    String confirmAll(@PathVariable String runId, RedirectAttributes redirect) {
        int confirmed = 0;
        int refused = 0;
        for (Placement p : allocations.get(runId).placements()) {
            if (p.status() != PlacementStatus.PROPOSED) continue;
            try {
                placements.confirm(p.id());
                confirmed++;
            } catch (ConflictException e) {
                refused++;
            }
        }
        redirect.addFlashAttribute("confirmed", List.of(confirmed, refused));
        return "redirect:/shelter/allocation";
    }

    @PostMapping("/shelter/placements/{id}/{action}")
    @PreAuthorize(ShelterAccess.MANAGE)
    String act(@PathVariable String id, @PathVariable String action, @RequestParam(required = false) String siteId,
               @RequestParam(defaultValue = "/shelter/allocation") String back, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "confirm" -> placements.confirm(id);
                case "check-in" -> placements.checkIn(id);
                case "check-out" -> placements.checkOut(id);
                case "cancel" -> placements.cancel(id);
                case "move" -> placements.move(id, siteId);
                case "transfer" -> placements.transfer(id, siteId);
                default -> throw new am.haven.support.NotFoundException("action", action);
            }
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).message());
        }
        return "redirect:" + (back.startsWith("/shelter/") ? back : "/shelter/allocation");
    }

    private String sitesPage(Model model, SiteForm form, Map<String, String> errors) {
        model.addAttribute("regions", occupancy.byRegion());
        model.addAttribute("total", occupancy.total());
        model.addAttribute("sites", sites.list(null, null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        addChoices(model);
        return "shelter/sites";
    }

    private String sitePage(Model model, Site s, SiteForm form, Map<String, String> errors) {
        model.addAttribute("site", s);
        model.addAttribute("residents", residents.of(s.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("openSites", sites.list(null, SiteStatus.OPEN));
        addChoices(model);
        return "shelter/site";
    }

    private void addRun(Model model, AllocationService.ReviewPage review) {
        AllocationRun run = review.run();
        int from = review.page() * REVIEW_PAGE;
        List<String> unplacedIds = run.unplaced().subList(Math.min(from, run.unplaced().size()),
                Math.min(from + REVIEW_PAGE, run.unplaced().size()));
        Map<String, HouseholdProfile> byId = new HashMap<>();
        households.byIds(review.placements().stream().map(Placement::householdId).toList())
                .forEach(h -> byId.put(h.householdId(), h));
        households.byIds(unplacedIds).forEach(h -> byId.put(h.householdId(), h));
        if (!byId.isEmpty()) audit.recordRead("household", List.copyOf(byId.keySet()), "allocation review run=" + run.id());
        Map<String, Site> siteById = new HashMap<>();
        sites.byIds(review.placements().stream().map(Placement::siteId).distinct().toList())
                .forEach(s -> siteById.put(s.id(), s));
        Map<Site, List<ReviewRow>> bySite = new LinkedHashMap<>();
        for (Placement p : review.placements()) {
            HouseholdProfile h = byId.get(p.householdId());
            bySite.computeIfAbsent(siteById.get(p.siteId()), k -> new ArrayList<>()).add(row(p, h));
        }
        List<ReviewRow> unplaced = unplacedIds.stream().map(id -> row(null, byId.get(id))).toList();
        model.addAttribute("run", run);
        model.addAttribute("review", review);
        model.addAttribute("bySite", bySite);
        model.addAttribute("unplacedRows", unplaced);
    }

    private static ReviewRow row(Placement p, HouseholdProfile h) {
        if (h == null) return new ReviewRow(p, null, null, false);
        HouseholdProfile.Member head = h.members().stream()
                .filter(m -> m.relationship() == am.haven.registration.Relationship.HEAD).findFirst()
                .orElse(h.members().isEmpty() ? null : h.members().get(0));
        return new ReviewRow(p, h.number(), head == null ? null : head.familyName() + " " + head.givenName(),
                h.members().stream().anyMatch(HouseholdProfile.Member::needsAccessibleSite));
    }

    private static void addChoices(Model model) {
        model.addAttribute("allRegions", Region.values());
        model.addAttribute("types", SiteType.values());
        model.addAttribute("rules", am.haven.shelter.allocation.SiteRule.values());
        model.addAttribute("statuses", SiteStatus.values());
        model.addAttribute("features", List.of("ACCESSIBLE", "GROUND_FLOOR_BEDS", "FAMILY_ROOMS", "KITCHEN", "HEATING", "MEDICAL_POINT"));
    }

    private static SiteRequest request(SiteForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        SiteRequest r = form.toRequest(problems);
        SiteValidator.validate(r, "", problems);
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        return r;
    }

    private static Map<String, String> errors(InvalidRequestException e) {
        Map<String, String> m = new LinkedHashMap<>();
        e.problems().forEach(p -> m.putIfAbsent(p.field(), p.message()));
        return m;
    }
}
