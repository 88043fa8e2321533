package am.haven.tracing;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cross-script person search for tracing. Caseworkers and admins only: registrars see likely
 * earlier registrations at the desk through de-duplication, not a search of the whole population.
 */
@RestController
class SearchApiController {

    private final PersonSearch search;

    SearchApiController(PersonSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/persons/search")
    @PreAuthorize(Roles.TRACING)
    PersonSearch.Results search(@RequestParam(required = false) String q,
                                @RequestParam(required = false) Integer birthYear,
                                @RequestParam(required = false) String sex,
                                @RequestParam(required = false) String origin,
                                @RequestParam(required = false) String phone,
                                @RequestParam(defaultValue = "10") int limit) {
        return search.search(q, birthYear, sex, origin, phone, limit);
    }
}
