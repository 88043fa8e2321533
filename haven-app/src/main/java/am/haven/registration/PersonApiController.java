package am.haven.registration;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Individual person records over JSON. */
@RestController
@RequestMapping("/api/v1/persons")
class PersonApiController {

    private final RegistrationService registrations;

    PersonApiController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ_PERSONS)
    Person get(@PathVariable String id) {
        return registrations.person(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    Person replace(@PathVariable String id, @RequestBody MemberRequest member) {
        return registrations.correctMember(id, member, false);
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Access.WRITE_REGISTRATIONS)
    Person patch(@PathVariable String id, @RequestBody MemberRequest member) {
        return registrations.correctMember(id, member, true);
    }
}
