package am.haven.web;

import am.haven.support.DatabaseTrouble;
import am.haven.support.StillLoadingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a clerk is told when Haven cannot serve for a reason of its own (the database or its disk,
 * or a population still loading): 503 with a problem type, a title and what to do in the reader's
 * language, and {@code Retry-After}. One place, so the API, the pages and the desk say the same.
 */
@Component
public class Unavailable {

    /** Why Haven refuses: the problem type's last word and how long to wait. */
    public record Reason(String slug, int retryAfterSeconds) {
        public String type() {
            return "urn:haven:problem:" + slug;
        }
    }

    private static final Reason LOADING = new Reason("loading", 5);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    Unavailable(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /**
     * Writes the 503: problem details for the API and scripts, a page in the reader's language for a
     * browser, {@code Retry-After} for both.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(reason.retryAfterSeconds()));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (BrowserRequests.wantsPage(request, request.getRequestURI())) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            String title = HtmlUtils.htmlEscape(title(reason, locale));
            response.getWriter().write("<!doctype html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
                    + "<body><main><h1>" + title + "</h1><p role=\"alert\">" + HtmlUtils.htmlEscape(detail(reason, locale))
                    + "</p></main></body></html>");
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", reason.type());
            body.put("title", title(reason, locale));
            body.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            body.put("detail", detail(reason, locale));
            body.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(body));
        }
        response.flushBuffer();
    }

    /** The reason behind {@code failure}, or empty when it is not one Haven refuses for. */
    public static Optional<Reason> reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StillLoadingException) return Optional.of(LOADING);
        }
        return DatabaseTrouble.of(failure).map(t -> new Reason(t.kind().slug(), t.kind().retryAfterSeconds()));
    }

    public String title(Reason reason, Locale locale) {
        return messages.getMessage("unavailable." + reason.slug() + ".title", null, locale);
    }

    public String detail(Reason reason, Locale locale) {
        return messages.getMessage("unavailable." + reason.slug() + ".detail", null, locale) + " "
                + messages.getMessage("unavailable.retry", new Object[] {reason.retryAfterSeconds()}, locale);
    }

}
