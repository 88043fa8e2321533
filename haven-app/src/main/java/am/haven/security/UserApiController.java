package am.haven.security;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User management: administrators only. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserApiController {

    private final UserService users;
    private final UserRepository repository;

    UserApiController(UserService users, UserRepository repository) {
        this.users = users;
        this.repository = repository;
    }

    record NewUser(String username, String displayName, String password, Set<Role> roles) {}

    record UserView(String id, String username, String displayName, Set<Role> roles, boolean enabled) {}

    @PostMapping
    ResponseEntity<Map<String, String>> create(@RequestBody NewUser u) {
        String id = users.createUser(u.username(), u.displayName(), u.password(),
                u.roles() == null ? EnumSet.noneOf(Role.class) : u.roles());
        return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(Map.of("id", id, "username", u.username()));
    }

    @GetMapping
    Map<String, Object> list() {
        List<UserView> items = repository.findAll().stream()
                .map(a -> new UserView(a.id(), a.username(), a.displayName(), a.roles(), a.enabled())).toList();
        return Map.of("items", items, "total", items.size());
    }
}
