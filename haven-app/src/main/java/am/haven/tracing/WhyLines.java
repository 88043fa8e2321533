package am.haven.tracing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The lines of a tracing score's explanation ({@link Scorer}) in the reader's language. The lines
 * are kept and sent in English: the search API's and the stored case candidate's form, which this
 * leaves as it is. Pages show each line through a {@code tracing.why.*} message with the line's own
 * values; a line of another form is shown as written.
 */
@Component("whyLines")
public class WhyLines {

    private record Form(Pattern pattern, String key) {}

    private static final String WEIGHT = "([+-]\\d+\\.\\d)";
    /** One per line Scorer writes, in its words (WhyLinesTest keeps the two in step). */
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(given name|family name|patronymic|name): '(.*)' ~ '(.*)' \\((.+)\\) " + WEIGHT), "tracing.why.name"),
            new Form(Pattern.compile("'(.*)' \\(a patronymic\\?\\) not registered \\+0\\.0"), "tracing.why.patronymicNotRegistered"),
            new Form(Pattern.compile("'(.*)' matches no name " + WEIGHT), "tracing.why.unmatched"),
            new Form(Pattern.compile("birth year (\\d+) vs (\\d+) " + WEIGHT), "tracing.why.birthYear"),
            new Form(Pattern.compile("sex (\\S+) vs (\\S+) " + WEIGHT), "tracing.why.sex"),
            new Form(Pattern.compile("origin (.*) vs (.*) " + WEIGHT), "tracing.why.origin"),
            new Form(Pattern.compile("same phone " + WEIGHT), "tracing.why.samePhone"));

    private final MessageSource messages;

    WhyLines(MessageSource messages) {
        this.messages = messages;
    }

    public String line(String line) {
        if (line == null) return "";
        Locale locale = LocaleContextHolder.getLocale();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(line);
            if (!m.matches()) continue;
            Object[] values = new Object[m.groupCount()];
            for (int i = 0; i < values.length; i++) values[i] = m.group(i + 1);
            if (form.key().equals("tracing.why.name")) {
                values[0] = messages.getMessage("tracing.why.field." + key(m.group(1)), null, m.group(1), locale);
                values[3] = messages.getMessage("tracing.why.level." + key(m.group(4)), null, m.group(4), locale);
            }
            return messages.getMessage(form.key(), values, line, locale);
        }
        return line;
    }

    /** Whether {@link #line} knows the form of {@code line}. */
    static boolean known(String line) {
        return FORMS.stream().anyMatch(f -> f.pattern().matcher(line).matches());
    }

    private static String key(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
