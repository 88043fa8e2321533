package am.haven.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 for any request that failed because the database (or a population still loading)
 * could not serve it, wherever the failure arose: in a controller, or before one, such as the API
 * token's lookup in the security filters. It runs outside them all, so a failure the controllers
 * do not handle never reaches the container as a bare 500 ({@link UnavailableAdvice} answers the
 * failures of controllers, before Spring could take them for a client that went away). The API and scripts get problem
 * details; a browser gets a page in its language. The log names the trouble once per request,
 * without a stack trace: an operator reads "disk full", not a page of JDBC frames.
 */
class UnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnavailableFilter.class);

    private final Unavailable unavailable;

    UnavailableFilter(Unavailable unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            Optional<Unavailable.Reason> reason = Unavailable.reasonOf(e);
            if (reason.isEmpty()) throw e;
            if (response.isCommitted()) {
                log.warn("{} {}: {} after the response was sent ({})", request.getMethod(), request.getRequestURI(), reason.get().slug(), rootMessage(e));
                throw e;
            }
            log.warn("{} {}: 503 {} ({})", request.getMethod(), request.getRequestURI(), reason.get().slug(), rootMessage(e));
            response.resetBuffer();
            unavailable.write(request, response, reason.get());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
