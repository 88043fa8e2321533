package am.haven.registration;

import am.haven.match.normalize.Phones;
import java.util.Arrays;
import java.util.List;

/** What a clerk typed in the household search box, read as a number, a phone or name parts. */
record HouseholdFilter(String number, String phone, List<String> nameTokens) {

    static HouseholdFilter parse(String q) {
        if (q == null || q.isBlank()) return new HouseholdFilter(null, null, List.of());
        String t = q.trim();
        if (t.matches("\\d{1,7}(-\\d?)?")) {
            String phone = t.length() >= 8 ? Phones.validE164OrNull(t, HouseholdValidator.PHONE_REGION) : null;
            return phone != null ? new HouseholdFilter(null, phone, List.of()) : new HouseholdFilter(t, null, List.of());
        }
        String phone = Phones.validE164OrNull(t, HouseholdValidator.PHONE_REGION);
        if (phone != null && t.matches("[+\\d\\s().-]+")) return new HouseholdFilter(null, phone, List.of());
        List<String> tokens = Arrays.stream(Names.key(t).split(" ")).filter(s -> !s.isEmpty()).limit(4).toList();
        return new HouseholdFilter(null, null, tokens);
    }
}
