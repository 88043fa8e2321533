package am.haven.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 503 for any request that failed because the database (or a population still loading)
 * could not serve it, wherever the failure arose: in a controller, or before one, such as the API
 * token's lookup in the security filters. It runs outside them all, so a failure the controllers
 * do not handle never reaches the container as a bare 500. The API and scripts get problem
 * details; a browser gets a page in its language. The log names the trouble once per request,
 * without a stack trace: an operator reads "disk full", not a page of JDBC frames.
 */
class UnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnavailableFilter.class);

    private final Unavailable unavailable;
    private final LocaleResolver locales;
    private final JsonMapper json;

    UnavailableFilter(Unavailable unavailable, LocaleResolver locales, JsonMapper json) {
        this.unavailable = unavailable;
        this.locales = locales;
        this.json = json;
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
            write(request, response, reason.get());
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, Unavailable.Reason reason) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(reason.retryAfterSeconds()));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsPage(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            String title = HtmlUtils.htmlEscape(unavailable.title(reason, locale));
            response.getWriter().write("<!doctype html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
                    + "<body><main><h1>" + title + "</h1><p role=\"alert\">" + HtmlUtils.htmlEscape(unavailable.detail(reason, locale))
                    + "</p></main></body></html>");
        } else {
            ProblemDetail pd = unavailable.problem(reason, locale);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", pd.getType().toString());
            body.put("title", pd.getTitle());
            body.put("status", pd.getStatus());
            body.put("detail", pd.getDetail());
            body.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(body));
        }
        response.flushBuffer();
    }

    private static boolean wantsPage(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) return false;
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
