package am.haven.registration;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Households and their members over JSON. */
@RestController
@RequestMapping("/api/v1/households")
class HouseholdApiController {

    private final RegistrationService registrations;

    HouseholdApiController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @PostMapping
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    ResponseEntity<Household> register(@RequestBody HouseholdRequest request,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        RegistrationService.Registration r = registrations.register(request,
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/households/" + r.household().id()))
                .header("Idempotent-Replayed", String.valueOf(!r.created()))
                .body(r.household());
    }

    @GetMapping
    @PreAuthorize(Access.READ_PERSONS)
    HouseholdRepository.Page list(@RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        return registrations.list(q, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ_PERSONS)
    Household get(@PathVariable String id) {
        return registrations.household(id);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    List<HouseholdRepository.Revision> history(@PathVariable String id) {
        return registrations.history(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    Household replace(@PathVariable String id, @RequestBody HouseholdPatch fields) {
        return registrations.replace(id, fields);
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    Household patch(@PathVariable String id, @RequestBody HouseholdPatch fields) {
        return registrations.patch(id, fields);
    }

    @PostMapping("/{id}/members")
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    ResponseEntity<Person> addMember(@PathVariable String id, @RequestBody MemberRequest member) {
        Person p = registrations.addMember(id, member);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + p.id())).body(p);
    }
}
