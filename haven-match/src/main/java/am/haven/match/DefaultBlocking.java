package am.haven.match;

import am.haven.match.block.BlockingRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Blocking rules derived from a schema: each strong identifier alone (phone, document, e-mail), every
 * pair of the weaker fields (names, full birth date, postcode, place, address), and every two names
 * with the birth year or a third name as sub-blocks for common name pairs.
 */
final class DefaultBlocking {
    private DefaultBlocking() {}

    static List<BlockingRule> rules(Schema schema) {
        List<BlockingRule> rules = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String date = null;
        for (Map.Entry<String, FieldType> f : schema.fields().entrySet()) {
            String n = f.getKey();
            switch (f.getValue()) {
                case PHONE, DOCUMENT, EMAIL -> rules.add(BlockingRule.of(n));
                case GIVEN_NAME, FAMILY_NAME, FULL_NAME, PATRONYMIC -> {
                    weak.add(n);
                    if (f.getValue() != FieldType.PATRONYMIC) names.add(n);
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
        // Sub-blocks: two names are a skewed key in a population with few given names and common
        // surnames (Armen Grigoryan); the birth year or a third name splits it under the cap.
        List<String> nameParts = new ArrayList<>(names);
        schema.fields().forEach((n, t) -> { if (t == FieldType.PATRONYMIC) nameParts.add(n); });
        for (int i = 0; i < nameParts.size(); i++) {
            for (int j = i + 1; j < nameParts.size(); j++) {
                if (date != null) rules.add(BlockingRule.of(nameParts.get(i), nameParts.get(j), date + ":year"));
                for (int k = j + 1; k < nameParts.size(); k++) {
                    rules.add(BlockingRule.of(nameParts.get(i), nameParts.get(j), nameParts.get(k)));
                }
            }
        }
        for (String n : names) if (schema.fields().get(n) == FieldType.FULL_NAME) rules.add(BlockingRule.of(n));
        if (rules.isEmpty()) weak.forEach(w -> rules.add(BlockingRule.of(w)));
        if (rules.isEmpty()) throw new MatchException("no field in " + schema.fields().keySet() + " can block");
        return rules;
    }
}
