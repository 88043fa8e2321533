package am.haven.match;

import am.haven.match.block.BlockingRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Blocking rules derived from a schema: each strong identifier alone (phone, document, e-mail), every
 * pair of the weaker fields (names, full birth date, postcode, place, address), each name with the
 * birth year, and given + family name + birth year as a sub-block for common name pairs.
 */
final class DefaultBlocking {
    private DefaultBlocking() {}

    static List<BlockingRule> rules(Schema schema) {
        List<BlockingRule> rules = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String date = null, given = null, family = null;
        for (Map.Entry<String, FieldType> f : schema.fields().entrySet()) {
            String n = f.getKey();
            switch (f.getValue()) {
                case PHONE, DOCUMENT, EMAIL -> rules.add(BlockingRule.of(n));
                case GIVEN_NAME, FAMILY_NAME, FULL_NAME, PATRONYMIC -> {
                    weak.add(n);
                    if (f.getValue() != FieldType.PATRONYMIC) names.add(n);
                    if (f.getValue() == FieldType.GIVEN_NAME && given == null) given = n;
                    if (f.getValue() == FieldType.FAMILY_NAME && family == null) family = n;
                }
                case BIRTH_DATE -> {
                    weak.add(n);
                    if (date == null) date = n;
                }
                case POSTCODE, PLACE, ADDRESS -> weak.add(n);
                default -> { }
            }
        }
        for (int i = 0; i < weak.size(); i++)
            for (int j = i + 1; j < weak.size(); j++) rules.add(BlockingRule.of(weak.get(i), weak.get(j)));
        if (date != null) {
            for (String n : names) rules.add(BlockingRule.of(n, date + ":year"));
            if (given != null && family != null) rules.add(BlockingRule.of(given, family, date + ":year"));
        }
        for (String n : names) if (schema.fields().get(n) == FieldType.FULL_NAME) rules.add(BlockingRule.of(n));
        if (rules.isEmpty()) weak.forEach(w -> rules.add(BlockingRule.of(w)));
        if (rules.isEmpty()) throw new MatchException("no field in " + schema.fields().keySet() + " can block");
        return rules;
    }
}
