package am.haven.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for form login and token authentication (sign-in throttling is {@link LoginThrottle}'s, by source). */
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
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .disabled(!user.enabled())
                .build();
    }
}
