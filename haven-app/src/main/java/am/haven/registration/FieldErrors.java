package am.haven.registration;

import am.haven.support.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Turns the validator's field problems (English text for the API) into messages in the clerk's
 * language, keyed by the input's name, so each one is shown next to its input. A message the
 * table does not know is shown as the validator wrote it rather than lost.
 */
final class FieldErrors {

    private record Rule(Pattern pattern, String key) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("must not be empty"), "problem.empty"),
            new Rule(Pattern.compile("must be one of the desk's registration points"), "problem.unknownPoint"),
            new Rule(Pattern.compile("is in the future: (.*)"), "problem.future"),
            new Rule(Pattern.compile("is before (\\d+): .*"), "problem.tooEarly"),
            new Rule(Pattern.compile("must be YYYY, YYYY-MM or YYYY-MM-DD.*"), "problem.dateFormat"),
            new Rule(Pattern.compile("is not a real date.*"), "problem.notRealDate"),
            new Rule(Pattern.compile("is not a (valid )?phone number.*"), "problem.phone"),
            new Rule(Pattern.compile("a household has exactly one HEAD.*|the household already has a HEAD"), "problem.oneHead"),
            new Rule(Pattern.compile("one member must have relationship HEAD"), "problem.noHead"),
            new Rule(Pattern.compile("must list at least one person"), "problem.noMembers"),
            new Rule(Pattern.compile("must list at most (\\d+) people"), "problem.tooManyMembers"),
            new Rule(Pattern.compile("must contain letters"), "problem.letters"),
            new Rule(Pattern.compile("must not contain digits or control characters"), "problem.noDigits"),
            new Rule(Pattern.compile("is required \\(F or M\\)"), "problem.sexRequired"),
            new Rule(Pattern.compile("must be at most (\\d+) characters"), "problem.tooLong"),
            new Rule(Pattern.compile("is not a known identity.*"), "problem.unknownIdentity"),
            new Rule(Pattern.compile("is already chosen for members.*"), "problem.identityTwice"));

    private FieldErrors() {}

    /** Messages by input name; a leading '.' (member paths validated on their own) is dropped. */
    static Map<String, String> localize(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String field = p.field().startsWith(".") ? p.field().substring(1) : p.field();
            out.merge(field, message(p.message(), messages, locale), (a, b) -> a + " " + b);
        }
        return out;
    }

    /** One line of the error summary above a form: the input's name, a readable label and the message. */
    record SummaryItem(String field, String label, String message) {}

    private static final Pattern MEMBER = Pattern.compile("members\\[(\\d+)]\\.(\\w+).*");

    /** The summary above the form, which links to each input; a member's fields say which member. */
    static List<SummaryItem> summary(Map<String, String> errors, MessageSource messages, Locale locale) {
        List<SummaryItem> out = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : errors.entrySet()) {
            String field = e.getKey();
            Matcher m = MEMBER.matcher(field);
            String label;
            if (m.matches()) {
                label = messages.getMessage("desk.member", new Object[] {Integer.parseInt(m.group(1)) + 1}, locale)
                        + " · " + messages.getMessage("field." + m.group(2), null, m.group(2), locale);
            } else {
                String last = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
                String key = field.equals("origin.settlement") ? "origin" : last;
                label = messages.getMessage("field." + key, null, field, locale);
            }
            out.add(new SummaryItem(field, label, e.getValue()));
        }
        return out;
    }

    static String message(String english, MessageSource messages, Locale locale) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) args[i] = m.group(i + 1) == null ? "" : m.group(i + 1);
                return messages.getMessage(r.key(), args, english, locale);
            }
        }
        return english;
    }
}
