package am.haven.registration;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Individual person records over JSON. */
@RestController
@RequestMapping("/api/v1/persons")
class PersonApiController {

    private final RegistrationService registrations;
    private final ObjectProvider<PersonIdentities> identities;
    private final JsonMapper json;

    PersonApiController(RegistrationService registrations, ObjectProvider<PersonIdentities> identities,
                        JsonMapper json) {
        this.registrations = registrations;
        this.identities = identities;
        this.json = json;
    }

    /** The record with {@code identityId} (de-duplication's resolved person) when one is known. */
    @GetMapping("/{id}")
    @PreAuthorize(Access.READ_PERSONS)
    JsonNode get(@PathVariable String id) {
        ObjectNode body = json.valueToTree(registrations.person(id));
        Optional<String> identity = Optional.ofNullable(identities.getIfAvailable()).flatMap(i -> i.identityOf(id));
        identity.ifPresent(i -> body.put("identityId", i));
        return body;
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
