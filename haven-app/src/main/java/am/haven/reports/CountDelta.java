package am.haven.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a set of changed records adds to (or, negative, takes from) the day counts: each record's
 * new contribution minus its old one, so a correction moves a count from one cell to another.
 */
final class CountDelta {

    record PersonKey(String day, String point, String region, String sex, String band) {}

    record SettlementKey(String day, String point, String region, String settlement) {}

    record NeedKey(String day, String point, String region, String need) {}

    record SizeKey(String day, String point, String region, int size) {}

    private final ZoneId zone;
    private final Map<PersonKey, long[]> persons = new HashMap<>();
    private final Map<SettlementKey, Long> settlements = new HashMap<>();
    private final Map<NeedKey, Long> needs = new HashMap<>();
    private final Map<SizeKey, Long> sizes = new HashMap<>();
    /** Local day by UTC hour: a group of registrations falls in a few hours, and parsing is not free. */
    private final Map<String, String> dayByHour = new HashMap<>();

    CountDelta(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The local day a registration counts on: the day its UTC hour starts on in the zone (exact
     * for zones with whole-hour offsets), the same mapping the rebuild uses.
     */
    private String day(String registeredAt) {
        return dayByHour.computeIfAbsent(registeredAt.substring(0, 13), hour -> dayOfHour(hour, zone));
    }

    static String dayOfHour(String utcHour, ZoneId zone) {
        return Instant.parse(utcHour + ":00:00Z").atZone(zone).toLocalDate().toString();
    }

    /** Adds ({@code sign} 1) or takes back ({@code sign} -1) what one person record counts for. */
    void person(CountRepository.PersonFact f, Set<String> personNeeds, int sign) {
        if (f == null) return;
        String day = day(f.registeredAt());
        long[] n = persons.computeIfAbsent(new PersonKey(day, f.point(), f.region(), f.sex(), f.ageBand()), k -> new long[2]);
        n[0] += sign;
        if (f.first()) n[1] += sign;
        settlements.merge(new SettlementKey(day, f.point(), f.region(), f.settlement()), (long) sign, Long::sum);
        if (personNeeds != null) {
            for (String need : personNeeds) needs.merge(new NeedKey(day, f.point(), f.region(), need), (long) sign, Long::sum);
        }
    }

    void household(CountRepository.HouseholdFact h, int sign) {
        if (h == null) return;
        sizes.merge(new SizeKey(day(h.registeredAt()), h.point(), h.region(), h.size()), (long) sign, Long::sum);
    }

    Map<PersonKey, long[]> persons() {
        return persons;
    }

    Map<SettlementKey, Long> settlements() {
        return settlements;
    }

    Map<NeedKey, Long> needs() {
        return needs;
    }

    Map<SizeKey, Long> sizes() {
        return sizes;
    }
}
