package am.haven.reports;

import am.haven.support.InvalidRequestException;
import am.haven.web.WebPage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard, the printable sitrep and the page where analysts record outside figures. The
 * pages show aggregates only; the dashboard's charts are drawn by {@code /js/dashboard.js} from the
 * same {@link Dashboard} the tables on the page show.
 */
@Controller
@WebPage
@PreAuthorize(ReportAccess.VIEW)
class ReportPagesController {

    private final ReportService reports;
    private final ReportedFigures figures;
    private final ReportCatalog catalog;
    private final ReportExports exports;
    private final JsonMapper json;

    ReportPagesController(ReportService reports, ReportedFigures figures, ReportCatalog catalog, ReportExports exports,
                          JsonMapper json) {
        this.reports = reports;
        this.figures = figures;
        this.catalog = catalog;
        this.exports = exports;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String region, @RequestParam(required = false) String point,
                     java.util.Locale locale, Model model) {
        ReportFilter filter;
        try {
            filter = ReportFilter.parse(from, to, region, point);
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems());
            filter = ReportFilter.ALL;
        }
        Dashboard d = reports.dashboard(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("d", d);
        model.addAttribute("dashboardJson", json.writeValueAsString(d));
        Map<String, String> names = new HashMap<>();
        am.haven.registration.Settlements.all().forEach(s -> names.put(s.en(), s.name(locale)));
        model.addAttribute("settlementNames", names);
        model.addAttribute("settlementNamesJson", json.writeValueAsString(names));
        model.addAttribute("exports", catalog.entries());
        return "reports/dashboard";
    }

    @GetMapping("/reports/export/{name}.csv")
    ResponseEntity<String> csv(@PathVariable String name, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String region,
                               @RequestParam(required = false) String point) {
        return exports.csv(name, ReportFilter.parse(from, to, region, point));
    }

    @GetMapping("/reports/export/{name}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String name, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to, @RequestParam(required = false) String region,
                                @RequestParam(required = false) String point) {
        return exports.xlsx(name, ReportFilter.parse(from, to, region, point));
    }

    @GetMapping("/sitrep")
    String sitrep(@RequestParam(required = false) String date, Model model) {
        LocalDate today = LocalDate.now(reports.settings().zone());
        LocalDate day = date == null || date.isBlank() ? today : ReportFilter.parse(date, date, null, null).from();
        model.addAttribute("sitrep", Sitrep.of(day, reports, figures));
        return "reports/sitrep";
    }

    @GetMapping("/reports/figures")
    String figures(Model model) {
        model.addAttribute("figures", figures.list(null, null));
        model.addAttribute("kinds", List.of(FigureKind.values()));
        model.addAttribute("levels", List.of(Verification.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReportedFigure.Request(null, null, null, null, null, null, null, null));
        }
        return "reports/figures";
    }

    @PostMapping("/reports/figures")
    String recordFigure(@ModelAttribute("form") FigureForm form, Model model) {
        try {
            figures.record(form.request());
            return "redirect:/reports/figures?recorded";
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", form.request());
            return figures(model);
        }
    }

    /** The figure form as posted; the value arrives as text so a typo becomes a field error. */
    record FigureForm(String date, String kind, String value, String area, String source, String sourceUrl,
                      String verification, String note) {

        ReportedFigure.Request request() {
            Long v = null;
            boolean bad = false;
            if (value != null && !value.isBlank()) {
                try {
                    v = Long.parseLong(value.strip().replace(" ", "").replace(",", ""));
                } catch (NumberFormatException e) {
                    bad = true;
                }
            }
            if (bad) throw InvalidRequestException.of("value", "must be a whole number");
            return new ReportedFigure.Request(date, kind, v, area, source, sourceUrl, verification, note);
        }
    }
}
