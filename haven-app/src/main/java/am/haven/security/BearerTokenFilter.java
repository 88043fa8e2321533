package am.haven.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer TOKEN}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenHolders tokens;

    BearerTokenFilter(TokenHolders tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            Optional<TokenRepository.Holder> holder = tokens.find(UserService.hash(token));
            if (holder.isPresent()) {
                var authorities = holder.get().roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
                var auth = UsernamePasswordAuthenticationToken.authenticated(holder.get().username(), null, authorities);
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
        }
        chain.doFilter(request, response);
    }
}
