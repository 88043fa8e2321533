package am.haven.security;

import java.util.Set;

/** A person who signs in to Haven. */
public record AppUser(String id, String username, String displayName, String passwordHash,
                      Set<Role> roles, boolean enabled) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
