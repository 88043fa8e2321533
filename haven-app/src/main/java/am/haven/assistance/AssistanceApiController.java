package am.haven.assistance;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recovery and missed-payment cases, payee accounts and exclusion lists, over JSON. */
@RestController
@RequestMapping("/api/v1/assistance")
class AssistanceApiController {

    private final AssistanceCases cases;
    private final PayeeAccounts accounts;
    private final PersonLists lists;

    AssistanceApiController(AssistanceCases cases, PayeeAccounts accounts, PersonLists lists) {
        this.cases = cases;
        this.accounts = accounts;
        this.lists = lists;
    }

    @GetMapping("/cases")
    @PreAuthorize(AssistanceAccess.MANAGE)
    Map<String, Object> cases(@RequestParam(required = false) String kind, @RequestParam(required = false) String status) {
        List<Map<String, Object>> items = cases.list(kind, status).stream().map(AssistanceJson::assistanceCase).toList();
        return AssistanceJson.page(items, items.size());
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize(AssistanceAccess.MANAGE)
    Map<String, Object> assistanceCase(@PathVariable String id) {
        AssistanceCase c = cases.get(id);
        Map<String, Object> m = new java.util.LinkedHashMap<>(AssistanceJson.assistanceCase(c));
        m.put("lines", cases.linesOf(c).stream().map(l -> Map.of("id", l.id(), "cycleId", l.cycleId(),
                "identityId", l.identityId(), "personIds", l.personIds(), "amount", l.amount(), "status", l.status())).toList());
        m.put("notes", cases.notes(id));
        return m;
    }

    record CaseUpdate(String status, String owner) {}

    @PatchMapping(path = "/cases/{id}", consumes = "application/json")
    @PreAuthorize(AssistanceAccess.MANAGE)
    Map<String, Object> update(@PathVariable String id, @RequestBody CaseUpdate body) {
        return AssistanceJson.assistanceCase(cases.update(id, body.status(), body.owner()));
    }

    record NoteRequest(String text) {}

    @PostMapping(path = "/cases/{id}/notes", consumes = "application/json")
    @PreAuthorize(AssistanceAccess.MANAGE)
    ResponseEntity<Map<String, Object>> note(@PathVariable String id, @RequestBody NoteRequest body) {
        cases.addNote(id, body.text());
        return ResponseEntity.created(URI.create("/api/v1/assistance/cases/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/cases/counts")
    @PreAuthorize(AssistanceAccess.MANAGE)
    Map<String, Integer> counts() {
        return cases.openCounts();
    }

    record AccountRequest(String personId, String kind, String number, String holder) {}

    @PostMapping(path = "/accounts", consumes = "application/json")
    @PreAuthorize(AssistanceAccess.MANAGE)
    ResponseEntity<PayeeAccounts.View> addAccount(@RequestBody AccountRequest body) {
        PayeeAccounts.View v = accounts.add(body.personId(), body.kind(), body.number(), body.holder());
        return ResponseEntity.created(URI.create("/api/v1/assistance/accounts?personId=" + v.personId())).body(v);
    }

    /** A person's accounts: full numbers for ASSISTANCE and ADMIN, masked for the desk roles; always audited. */
    @GetMapping("/accounts")
    @PreAuthorize(AssistanceAccess.READ_ACCOUNT_MASKED)
    Map<String, Object> accounts(@RequestParam String personId) {
        List<PayeeAccounts.View> items = accounts.ofPerson(personId);
        return AssistanceJson.page(items, items.size());
    }

    record ListEntryRequest(String personId) {}

    /** Puts a person on a named list (an exclusion list or a declared fact) that rules read as {@code person.lists}. */
    @PostMapping(path = "/lists/{name}/entries", consumes = "application/json")
    @PreAuthorize(AssistanceAccess.MANAGE)
    ResponseEntity<Map<String, Object>> addToList(@PathVariable String name, @RequestBody ListEntryRequest body) {
        lists.add(name, body.personId());
        return ResponseEntity.created(URI.create("/api/v1/assistance/lists/" + name)).body(Map.of("id", name + "/" + body.personId()));
    }

    @GetMapping("/lists/{name}")
    @PreAuthorize(AssistanceAccess.MANAGE)
    Map<String, Object> list(@PathVariable String name) {
        List<String> items = lists.members(name);
        return AssistanceJson.page(items, items.size());
    }

    /** The facts eligibility rules may read, with their CEL types. */
    @GetMapping("/facts")
    @PreAuthorize(AssistanceAccess.MANAGE)
    Map<String, Object> facts() {
        List<Map<String, String>> items = Facts.TYPES.entrySet().stream()
                .map(e -> Map.of("name", e.getKey(), "type", e.getValue().name())).toList();
        return AssistanceJson.page(items, items.size());
    }
}
