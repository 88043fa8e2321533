package am.haven.assistance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a line's reasons in the reader's language (hy, ru, en) from the assistance bundle. */
@Component
public class ReasonText {

    private final MessageSource messages;

    ReasonText(MessageSource messages) {
        this.messages = messages;
    }

    public String render(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> render(r, locale)).collect(Collectors.joining("; "));
    }

    public String render(Reason r, Locale locale) {
        Map<String, String> v = r.values();
        return switch (r.code()) {
            case ELIGIBLE -> msg("assistance.reason.eligible", locale);
            case NO_CONSENT -> msg("assistance.reason.noConsent", locale);
            case ALREADY_PAID -> msg("assistance.reason.alreadyPaid", locale, v.get("cycle"));
            case RULE -> msg("assistance.reason.rule", locale, ruleNumber(v), v.get("expression")) + facts(v, locale);
            case RULE_ERROR -> msg("assistance.reason.ruleError", locale, ruleNumber(v), v.get("expression"));
            case COMPONENT_EXCLUDED -> msg("assistance.reason.componentExcluded", locale, v.get("component"),
                    v.get("expression")) + facts(v, locale);
            case CARRIED -> msg("assistance.reason.carried", locale, v.get("amount"), v.get("cycle"),
                    msg("assistance.result." + v.get("status"), locale), v.get("reason"));
        };
    }

    private static String ruleNumber(Map<String, String> v) {
        return String.valueOf(Integer.parseInt(v.get("index")) + 1);
    }

    /**
     * The facts the rule read, named in the reader's language: a state-site placement is said as a
     * sentence ("placed in Goris dormitory, a state site, since 2023-10-02"), the rest as name: value.
     */
    private String facts(Map<String, String> v, Locale locale) {
        StringBuilder out = new StringBuilder();
        boolean placementSaid = false;
        if ("true".equals(v.get(Facts.STATE_SITE))) {
            out.append(" — ").append(msg("assistance.reason.stateSite", locale, v.getOrDefault(Facts.SITE, ""),
                    v.getOrDefault(Facts.PLACED_SINCE, "")));
            placementSaid = true;
        }
        for (String fact : Facts.TYPES.keySet()) {
            if (!v.containsKey(fact)) continue;
            if (placementSaid && fact.startsWith("placement.")) continue;
            out.append(" — ").append(msg("assistance.fact." + fact, locale)).append(": ").append(v.get(fact));
        }
        return out.toString();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
