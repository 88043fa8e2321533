package am.haven.dedup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An identity's history in the reader's language. Haven records why a record moved in English
 * words of its own ("linked to …", "split from …"), which stay so in the database and the API;
 * the identity page shows them through {@code dedup.reason.*} messages with the same ids, and the
 * source through {@code dedup.source.*}. A reason of another form (one a person typed) is shown as
 * written.
 */
@Component("historyWords")
public class HistoryWords {

    private record Form(Pattern pattern, String key) {}

    /** One per reason Placer, IdentityService, ReviewService and RelinkService write. */
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("linked to (\\S+)"), "dedup.reason.linkedTo"),
            new Form(Pattern.compile("no earlier record above the match threshold"), "dedup.reason.new"),
            new Form(Pattern.compile("attached at registration"), "dedup.reason.attachedAtRegistration"),
            new Form(Pattern.compile("attached by a person"), "dedup.reason.attachedByPerson"),
            new Form(Pattern.compile("split from (\\S+)"), "dedup.reason.splitFrom"),
            new Form(Pattern.compile("merged from (\\S+)"), "dedup.reason.mergedFrom"),
            new Form(Pattern.compile("undo of (\\S+)"), "dedup.reason.undoOf"),
            new Form(Pattern.compile("relink (\\S+)"), "dedup.reason.relink"),
            new Form(Pattern.compile("a reviewer decided it differs from (\\S+)"), "dedup.reason.reviewedDifferent"));

    private final MessageSource messages;

    HistoryWords(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(String reason) {
        if (reason == null) return "";
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(reason);
            if (!m.matches()) continue;
            Object[] values = new Object[m.groupCount()];
            for (int i = 0; i < values.length; i++) values[i] = m.group(i + 1);
            return messages.getMessage(form.key(), values, reason, LocaleContextHolder.getLocale());
        }
        return reason;
    }

    public String source(Source source) {
        return messages.getMessage("dedup.source." + source.name(), null, source.name(), LocaleContextHolder.getLocale());
    }

    /** Whether {@link #reason} knows the form of {@code reason}. */
    static boolean known(String reason) {
        return FORMS.stream().anyMatch(f -> f.pattern().matcher(reason).matches());
    }
}
