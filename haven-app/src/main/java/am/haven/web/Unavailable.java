package am.haven.web;

import am.haven.support.DatabaseTrouble;
import am.haven.support.StillLoadingException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

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

    Unavailable(MessageSource messages) {
        this.messages = messages;
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

    /** The problem details of RFC 9457 for {@code reason}. */
    public ProblemDetail problem(Reason reason, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail(reason, locale));
        pd.setType(java.net.URI.create(reason.type()));
        pd.setTitle(title(reason, locale));
        return pd;
    }
}
