package am.haven.reports;

import am.haven.testing.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A population registered through the API at a registration point and origin region of its own
 * (tests share one database), with the figures reports should show, computed here in plain Java
 * from what the API answered, not from the database.
 */
final class KnownPopulation {

    static final ZoneId ZONE = ZoneId.of("Asia/Yerevan");
    static final List<String> BANDS = List.of("0-4", "5-11", "12-17", "18-59", "60+", "unknown");
    static final List<String> SETTLEMENTS = List.of("Stepanakert", "Martakert", "Shushi", "Askeran");
    static final List<String> GIVEN = List.of("Արամ", "Анна", "Narine", "Гор", "Lilit", "Ашот");
    static final List<String> FAMILY = List.of("Հովհաննիսյան", "Оганесян", "Grigoryan", "Саргсян");
    static final List<String> NEEDS = List.of("MOBILITY", "SERIOUS_MEDICAL", "PREGNANT_LACTATING", "OLDER_AT_RISK");

    final String point = "Test point " + UUID.randomUUID();
    final String region = "Test region " + UUID.randomUUID();
    int households;
    int persons;
    final Map<String, Long> bySex = new TreeMap<>();
    final Map<String, Long> byBand = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> bySexAndBand = new HashMap<>();
    final Map<String, Long> byDay = new TreeMap<>();
    final Map<String, Long> byNeed = new HashMap<>();
    final Map<String, Long> bySettlement = new HashMap<>();
    final Map<Integer, Long> bySize = new TreeMap<>();
    final List<String> personIds = new ArrayList<>();
    final List<String> householdIds = new ArrayList<>();

    KnownPopulation() {
        zero();
    }

    private void zero() {
        households = 0;
        persons = 0;
        bySex.clear();
        byBand.clear();
        bySexAndBand.clear();
        byDay.clear();
        byNeed.clear();
        bySettlement.clear();
        bySize.clear();
        for (String b : BANDS) byBand.put(b, 0L);
        for (String s : List.of("F", "M")) {
            bySex.put(s, 0L);
            Map<String, Long> m = new HashMap<>();
            for (String b : BANDS) m.put(b, 0L);
            bySexAndBand.put(s, m);
        }
    }

    /** Registers {@code count} households of 1–6 members with birth dates known to the day, month, year or not at all. */
    KnownPopulation register(Api api, int count, long seed) {
        Random rnd = new Random(seed);
        for (int h = 0; h < count; h++) {
            int size = 1 + rnd.nextInt(6);
            List<Map<String, Object>> members = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                Map<String, Object> member = new HashMap<>();
                member.put("givenName", GIVEN.get(rnd.nextInt(GIVEN.size())));
                member.put("familyName", FAMILY.get(rnd.nextInt(FAMILY.size())));
                member.put("sex", rnd.nextBoolean() ? "F" : "M");
                member.put("relationship", m == 0 ? "HEAD" : "CHILD");
                int year = 1930 + rnd.nextInt(95);
                int month = 1 + rnd.nextInt(12);
                int day = 1 + rnd.nextInt(28);
                switch (rnd.nextInt(4)) {
                    case 0 -> member.put("birthDate", String.format("%04d", year));
                    case 1 -> member.put("birthDate", String.format("%04d-%02d", year, month));
                    case 2 -> member.put("birthDate", String.format("%04d-%02d-%02d", year, month, day));
                    default -> { }
                }
                if (rnd.nextInt(4) == 0) member.put("needs", List.of(NEEDS.get(rnd.nextInt(NEEDS.size()))));
                members.add(member);
            }
            String settlement = SETTLEMENTS.get(rnd.nextInt(SETTLEMENTS.size()));
            Map<String, Object> body = new HashMap<>(Map.of("registrationPoint", point,
                    "origin", Map.of("settlement", settlement, "region", region),
                    "consent", Map.of("assistance", true, "tracing", true, "sharing", false), "members", members));
            Api.Response r = api.post("/api/v1/households", body);
            if (r.status() != 201) throw new IllegalStateException("registration failed: " + r.text());
            householdIds.add(r.body().get("id").asString());
            count(r.body());
        }
        return this;
    }

    /**
     * Counts again from the households as the API shows them now (after corrections, added
     * members), keeping those still registered at this population's point.
     */
    KnownPopulation recount(Api api) {
        zero();
        personIds.clear();
        for (String id : householdIds) {
            JsonNode h = api.get("/api/v1/households/" + id).body();
            if (h.get("registrationPoint").asString().equals(point)) count(h);
        }
        return this;
    }

    private void count(JsonNode household) {
        String settlement = household.get("origin").get("settlement").asString();
        households++;
        int size = 0;
        for (JsonNode m : household.get("members")) {
            size++;
            persons++;
            personIds.add(m.get("id").asString());
            String sex = m.get("sex").asString();
            Instant created = Instant.parse(m.get("createdAt").asString());
            String band = band(m.get("birthDate") == null || m.get("birthDate").isNull() ? null : m.get("birthDate").asString(),
                    created.atZone(ZoneOffset.UTC).toLocalDate());
            bySex.merge(sex, 1L, Long::sum);
            byBand.merge(band, 1L, Long::sum);
            bySexAndBand.get(sex).merge(band, 1L, Long::sum);
            byDay.merge(created.atZone(ZONE).toLocalDate().toString(), 1L, Long::sum);
            bySettlement.merge(settlement, 1L, Long::sum);
            if (m.get("needs") != null) for (JsonNode n : m.get("needs")) byNeed.merge(n.asString(), 1L, Long::sum);
        }
        bySize.merge(size, 1L, Long::sum);
    }

    /** The humanitarian age band on the day of registration; partial dates count from the middle of their range. */
    static String band(String birthDate, LocalDate registered) {
        if (birthDate == null) return "unknown";
        LocalDate assumed = switch (birthDate.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(birthDate), 7, 1);
            case 7 -> LocalDate.parse(birthDate + "-15");
            default -> LocalDate.parse(birthDate);
        };
        int age = Math.max(0, Period.between(assumed, registered).getYears());
        if (age <= 4) return "0-4";
        if (age <= 11) return "5-11";
        if (age <= 17) return "12-17";
        if (age <= 59) return "18-59";
        return "60+";
    }

    /**
     * Distinct persons as de-duplication sees them, asked of its public service: records it has
     * not matched count as their own identity. Waits (up to a minute) until it has matched them all,
     * so the answer does not move under the test.
     */
    long distinctPersons(am.haven.dedup.IdentityService identities) throws InterruptedException {
        Map<String, String> ids = identities.identitiesOf(personIds);
        for (int i = 0; i < 120 && ids.size() < personIds.size(); i++) {
            Thread.sleep(500);
            ids = identities.identitiesOf(personIds);
        }
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (String p : personIds) distinct.add(ids.getOrDefault(p, "record:" + p));
        return distinct.size();
    }

    /** A count as an export publishes it. */
    static String published(long n) {
        return n > 0 && n < 5 ? "<5" : Long.toString(n);
    }

    String filter() {
        return "point=" + java.net.URLEncoder.encode(point, java.nio.charset.StandardCharsets.UTF_8);
    }
}
