package am.haven.dedup;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of a match explanation in the reader's language. The engine names each comparison by
 * its field and each agreement level by an English label ("same sound key"); pages show them
 * through the bundles' {@code dedup.field.*} and {@code dedup.level.*} keys. A label no bundle knows
 * (a model trained with other comparisons) is shown as the engine wrote it.
 */
@Component("explanationLabels")
public class ExplanationLabels {

    private final MessageSource messages;

    ExplanationLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String field(String comparison) {
        return message("dedup.field." + key(comparison), comparison);
    }

    public String level(String label) {
        return message("dedup.level." + key(label), label);
    }

    /** "jaro-winkler >= 0.92" → "jaro_winkler_0_92": the bundle key of an engine label. */
    static String key(String label) {
        return label == null ? "" : label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
