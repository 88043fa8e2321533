package am.haven.assistance;

import am.haven.support.ConflictException;
import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import am.haven.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assistance pages: programmes, a programme's cycles, a cycle's lines with approval, files and results, cases. */
@Controller
@WebPage
@PreAuthorize(AssistanceAccess.MANAGE)
class AssistancePagesController {

    /** Lines shown on a cycle's page; the API pages through all of them. */
    static final int PAGE_LINES = 200;

    private final Programmes programmes;
    private final Cycles cycles;
    private final PaymentLists lists;
    private final Reconciliations reconciliations;
    private final AssistanceCases cases;
    private final CycleRepository cycleRepository;
    private final ReasonText reasons;

    AssistancePagesController(Programmes programmes, Cycles cycles, PaymentLists lists, Reconciliations reconciliations,
                              AssistanceCases cases, CycleRepository cycleRepository, ReasonText reasons) {
        this.programmes = programmes;
        this.cycles = cycles;
        this.lists = lists;
        this.reconciliations = reconciliations;
        this.cases = cases;
        this.cycleRepository = cycleRepository;
        this.reasons = reasons;
    }

    @GetMapping("/assistance")
    String programmes(Model model) {
        return programmesPage(model, List.of(), Map.of());
    }

    private String programmesPage(Model model, List<FieldProblem> errors, Map<String, String> form) {
        model.addAttribute("programmes", programmes.all().stream().map(AssistanceJson::programme).toList());
        model.addAttribute("openCases", cases.openCounts());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "assistance/programmes";
    }

    @PostMapping("/assistance/programmes")
    String create(@RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
        List<String> rules = Arrays.stream(form.getOrDefault("eligibility", "").split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Long amount = null;
        try {
            amount = Long.parseLong(form.getOrDefault("amount", "").replaceAll("[\\s,]", ""));
        } catch (NumberFormatException e) {
            amount = -1L;
        }
        String kind = form.getOrDefault("recurrence", "ONCE");
        Integer n = null;
        try {
            n = kind.equals("MONTHLY") ? Integer.valueOf(form.getOrDefault("cycles", "").strip()) : null;
        } catch (NumberFormatException e) {
            n = 0;
        }
        try {
            Programme p = programmes.create(new ProgrammeRequest(form.get("name"), form.get("funder"), form.get("unit"),
                    new ProgrammeRequest.AmountRequest(amount, form.getOrDefault("currency", "AMD"), null, null),
                    new ProgrammeRequest.RecurrenceRequest(kind, n), null, null, rules));
            return "redirect:/assistance/programmes/" + p.id();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return programmesPage(model, e.problems(), form);
        }
    }

    @GetMapping("/assistance/programmes/{id}")
    String programme(@PathVariable String id, Model model) {
        Programme p = programmes.get(id);
        model.addAttribute("programme", AssistanceJson.programme(p));
        model.addAttribute("cycles", cycles.of(id).stream().map(AssistanceJson::cycle).toList());
        return "assistance/programme";
    }

    @PostMapping("/assistance/programmes/{id}/cycles")
    String draft(@PathVariable String id, RedirectAttributes redirect) {
        try {
            Cycle c = cycles.draft(id, null);
            return "redirect:/assistance/programmes/" + id + "/cycles/" + c.id();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/assistance/programmes/" + id;
        }
    }

    @GetMapping("/assistance/programmes/{id}/cycles/{cycleId}")
    String cycle(@PathVariable String id, @PathVariable String cycleId, Model model, Locale locale) {
        Programme p = programmes.get(id);
        Cycle c = cycles.get(id, cycleId);
        model.addAttribute("programme", AssistanceJson.programme(p));
        model.addAttribute("cycle", AssistanceJson.cycle(c));
        model.addAttribute("isDraft", c.status() == Cycle.Status.DRAFT);
        model.addAttribute("ownDraft", c.draftedBy().equals(am.haven.security.AuditLog.currentActor()));
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Line l : cycles.lines(id, cycleId, null, 0, PAGE_LINES)) shown.add(AssistanceJson.line(l, reasons, locale));
        model.addAttribute("lines", shown);
        model.addAttribute("exports", cycleRepository.exports(cycleId));
        if (c.status() == Cycle.Status.APPROVED) model.addAttribute("report", reconciliations.report(cycleId, 0, null));
        return "assistance/cycle";
    }

    @PostMapping("/assistance/programmes/{id}/cycles/{cycleId}/approve")
    String approve(@PathVariable String id, @PathVariable String cycleId, RedirectAttributes redirect) {
        try {
            cycles.approve(id, cycleId);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/assistance/programmes/" + id + "/cycles/" + cycleId;
    }

    @PostMapping("/assistance/programmes/{id}/cycles/{cycleId}/discard")
    String discard(@PathVariable String id, @PathVariable String cycleId, RedirectAttributes redirect) {
        try {
            cycles.discard(id, cycleId);
            return "redirect:/assistance/programmes/" + id;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/assistance/programmes/" + id + "/cycles/" + cycleId;
        }
    }

    @PostMapping("/assistance/programmes/{id}/cycles/{cycleId}/reconciliation")
    String reconcile(@PathVariable String id, @PathVariable String cycleId, @RequestParam("file") MultipartFile file,
                     RedirectAttributes redirect) throws IOException {
        try {
            Reconciliations.Report r = reconciliations.importFile(id, cycleId, file.getBytes());
            redirect.addFlashAttribute("imported", r.imported());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("refused", e.problems());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/assistance/programmes/" + id + "/cycles/" + cycleId;
    }

    @GetMapping("/assistance/programmes/{id}/cycles/{cycleId}/payment-list.{format:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String cycleId, @PathVariable String format) {
        PaymentLists.Export e = lists.export(id, cycleId, format.equals("csv") ? PaymentLists.Format.CSV : PaymentLists.Format.XLSX);
        MediaType type = format.equals("csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(e.filename()).build().toString())
                .header("X-Payment-List-SHA256", e.sha256())
                .body(e.bytes());
    }

    @GetMapping("/assistance/cases")
    String cases(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("cases", cases.list(kind, null).stream().map(AssistanceJson::assistanceCase).toList());
        model.addAttribute("kind", kind);
        model.addAttribute("openCases", cases.openCounts());
        return "assistance/cases";
    }
}
