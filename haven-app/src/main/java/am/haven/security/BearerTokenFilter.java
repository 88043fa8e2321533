package am.haven.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer TOKEN}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenRepository tokens;
    private final HavenUserDetailsService userDetails;

    BearerTokenFilter(TokenRepository tokens, HavenUserDetailsService userDetails) {
        this.tokens = tokens;
        this.userDetails = userDetails;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            Optional<String> username = tokens.findUsername(UserService.hash(token));
            if (username.isPresent()) {
                UserDetails user = userDetails.loadUserByUsername(username.get());
                if (user.isEnabled()) {
                    var auth = UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities());
                    SecurityContextHolder.getContext().setAuthentication(auth);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
