package am.haven.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two doors: the JSON API under {@code /api} takes bearer tokens and no cookies (so no CSRF);
 * the browser UI uses form login with a session cookie and CSRF protection.
 * What each role may do is declared on the controllers with {@code @PreAuthorize}.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
public class SecurityConfig {

    /** Paths anyone may call without signing in. */
    static final String[] PUBLIC_API = {"/api/v1/public/**"};
    /** The OpenAPI document and its UI: for staff, signed in with a session (the UI) or a token (a script). */
    static final String[] API_DOCS = {"/api/docs", "/api/docs/**"};
    static final String[] PUBLIC_PAGES = {"/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
            "/favicon.ico", "/actuator/health", "/actuator/health/**", "/public/**", "/lang"};

    /**
     * With an observation registry present Spring Security wraps every filter of the chain, every
     * authentication and every authorization decision in a metrics observation: a profile of
     * registrations under load showed that as a tenth of the request thread's CPU. Nothing reads those
     * metrics; the HTTP request metrics remain.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The API's map (57 paths with their parameters) is no business of an anonymous caller. A browser
     * signed in to the UI reads it with its session cookie, a script with its token; anyone else is
     * sent to sign in. It is read-only, so the session needs no CSRF token here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocs(HttpSecurity http, TokenHolders tokens) throws Exception {
        http.securityMatcher(API_DOCS)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login"))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenHolders tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API).permitAll().anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session, so nothing to log out of and no request to save for after a login.
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, 401, "Unauthorized",
                                "Send 'Authorization: Bearer TOKEN' (make one with: haven token create --user NAME)."))
                        .accessDeniedHandler((req, res, ex) -> problem(res, 403, "Forbidden", "Your role does not allow this.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, LoginThrottle throttle, AuditLog audit, UserRepository users,
                           @Value("${haven.session.absolute:12h}") Duration absolute) throws Exception {
        SessionLimitsFilter limits = new SessionLimitsFilter(users, absolute, audit);
        SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
        onward.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll().successHandler((request, response, auth) -> {
                    limits.signedIn(request, auth);
                    onward.onAuthenticationSuccess(request, response, auth);
                }))
                .addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(limits, AuthorizationFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // HSTS is sent on HTTPS requests only (behind a TLS proxy: X-Forwarded-Proto from a trusted address).
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    private static void problem(HttpServletResponse res, int status, String title, String detail) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
