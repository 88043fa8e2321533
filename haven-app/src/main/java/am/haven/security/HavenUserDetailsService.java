package am.haven.security;

import am.haven.support.Timestamps;
import java.time.Instant;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for form login and token authentication, honouring the login-throttling lock. */
@Service
public class HavenUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    public HavenUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        boolean locked = user.lockedUntil() != null && Timestamps.parse(user.lockedUntil()).isAfter(Instant.now());
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .disabled(!user.enabled())
                .accountLocked(locked)
                .build();
    }
}
