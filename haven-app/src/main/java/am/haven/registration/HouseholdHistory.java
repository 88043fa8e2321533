package am.haven.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A household's corrections as a reader wants them: for each stored earlier state, what the next
 * state changed ("Hovhannisyan Aram · birthDate: 1961 → 1961-04-02").
 */
@Component
class HouseholdHistory {

    /** Fields that change with every write and say nothing to a reader. */
    private static final Set<String> NOISE = Set.of("version", "updatedAt", "createdAt", "givenNameLatin",
            "familyNameLatin", "patronymicLatin", "id", "householdId", "position", "phone_e164");

    /** One correction: who made it, when, and the fields it changed. */
    record Entry(int version, String changedAt, String changedBy, List<Change> changes) {}

    /** One changed field; {@code subject} names the member, or is empty for a household field. */
    record Change(String subject, String field, String before, String after) {}

    private final RegistrationService registrations;
    private final JsonMapper json;

    HouseholdHistory(RegistrationService registrations, JsonMapper json) {
        this.registrations = registrations;
        this.json = json;
    }

    /** Newest correction first. */
    List<Entry> of(Household current) {
        List<HouseholdRepository.Revision> revisions = registrations.history(current.id());
        List<Entry> out = new ArrayList<>();
        JsonNode after = json.valueToTree(current);
        for (int i = revisions.size() - 1; i >= 0; i--) {
            HouseholdRepository.Revision r = revisions.get(i);
            JsonNode before = json.readTree(r.snapshot());
            out.add(new Entry(r.version(), r.changedAt(), r.changedBy(), diff(before, after)));
            after = before;
        }
        return out;
    }

    static List<Change> diff(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> a = flatten(before, "");
        Map<String, String> b = flatten(after, "");
        for (String key : keys(a, b)) {
            if (key.startsWith("members")) continue;
            if (!Objects.equals(a.get(key), b.get(key))) changes.add(new Change("", key, a.get(key), b.get(key)));
        }
        Map<String, JsonNode> membersBefore = membersById(before);
        Map<String, JsonNode> membersAfter = membersById(after);
        for (String id : keys(membersBefore, membersAfter)) {
            JsonNode mb = membersBefore.get(id);
            JsonNode ma = membersAfter.get(id);
            String subject = name(ma != null ? ma : mb);
            if (mb == null) {
                changes.add(new Change(subject, "member", null, subject));
                continue;
            }
            if (ma == null) {
                changes.add(new Change(subject, "member", subject, null));
                continue;
            }
            Map<String, String> fb = flatten(mb, "");
            Map<String, String> fa = flatten(ma, "");
            for (String key : keys(fb, fa)) {
                if (!Objects.equals(fb.get(key), fa.get(key))) changes.add(new Change(subject, key, fb.get(key), fa.get(key)));
            }
        }
        return changes;
    }

    private static <V> Set<String> keys(Map<String, V> a, Map<String, V> b) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, JsonNode> membersById(JsonNode household) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode members = household.get("members");
        if (members != null) for (JsonNode m : members) out.put(m.get("id").asString(), m);
        return out;
    }

    private static String name(JsonNode m) {
        return text(m.get("familyName")) + " " + text(m.get("givenName"));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asString();
    }

    /** Leaf values by dotted path; arrays of values are joined so a list change reads as one change. */
    private static Map<String, String> flatten(JsonNode node, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (NOISE.contains(e.getKey()) || (prefix.isEmpty() && e.getKey().equals("members"))) {
                continue;
            }
            if (v.isObject()) {
                out.putAll(flatten(v, key));
            } else if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode item : v) parts.add(item.isValueNode() ? item.asString() : String.join(" ", flatten(item, "").values()));
                if (!parts.isEmpty()) out.put(key, String.join(", ", parts));
            } else if (!v.isNull()) {
                String s = v.asString();
                if (!s.isEmpty()) out.put(key, s);
            }
        }
        return out;
    }
}
