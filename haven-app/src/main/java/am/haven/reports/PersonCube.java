package am.haven.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Person records counted by local day, registration point, sex and age band: the one read of
 * {@code report_person_count} that the summary, the dashboard, the sitrep and the exports all
 * fold, so their figures cannot disagree.
 */
final class PersonCube {

    static final List<String> SEXES = List.of("F", "M");

    private long total;
    private long firsts;
    private final Map<String, Long> bySex = new LinkedHashMap<>();
    private final Map<AgeBand, Long> byBand = new EnumMap<>(AgeBand.class);
    private final Map<String, Map<AgeBand, Long>> bySexAndBand = new LinkedHashMap<>();
    private final TreeMap<LocalDate, Map<String, Long>> byDayAndPoint = new TreeMap<>();
    private final TreeMap<LocalDate, Map<String, Map<AgeBand, Long>>> byDaySexBand = new TreeMap<>();
    private final Map<String, Long> byPoint = new TreeMap<>();

    private PersonCube() {
        for (String s : SEXES) {
            bySex.put(s, 0L);
            bySexAndBand.put(s, zeroBands());
        }
        for (AgeBand b : AgeBand.values()) byBand.put(b, 0L);
    }

    static PersonCube fold(List<ReportRepository.PersonGroup> groups) {
        PersonCube c = new PersonCube();
        Map<String, LocalDate> days = new HashMap<>();
        for (ReportRepository.PersonGroup g : groups) {
            LocalDate day = days.computeIfAbsent(g.day(), LocalDate::parse);
            AgeBand band = AgeBand.ofCode(g.ageBand());
            long n = g.persons();
            c.total += n;
            c.firsts += g.firsts();
            c.bySex.merge(g.sex(), n, Long::sum);
            c.byBand.merge(band, n, Long::sum);
            c.bySexAndBand.computeIfAbsent(g.sex(), s -> zeroBands()).merge(band, n, Long::sum);
            c.byDayAndPoint.computeIfAbsent(day, d -> new TreeMap<>()).merge(g.point(), n, Long::sum);
            c.byDaySexBand.computeIfAbsent(day, d -> new LinkedHashMap<>())
                    .computeIfAbsent(g.sex(), s -> zeroBands()).merge(band, n, Long::sum);
            c.byPoint.merge(g.point(), n, Long::sum);
        }
        return c;
    }

    private static Map<AgeBand, Long> zeroBands() {
        Map<AgeBand, Long> m = new EnumMap<>(AgeBand.class);
        for (AgeBand b : AgeBand.values()) m.put(b, 0L);
        return m;
    }

    long total() {
        return total;
    }

    /** Records that are the first (earliest) of their identity. */
    long firsts() {
        return firsts;
    }

    Map<String, Long> bySex() {
        return bySex;
    }

    Map<AgeBand, Long> byBand() {
        return byBand;
    }

    long count(String sex, AgeBand band) {
        return bySexAndBand.getOrDefault(sex, Map.of()).getOrDefault(band, 0L);
    }

    long count(LocalDate day, String sex, AgeBand band) {
        return byDaySexBand.getOrDefault(day, Map.of()).getOrDefault(sex, Map.of()).getOrDefault(band, 0L);
    }

    Map<String, Long> byPoint() {
        return byPoint;
    }

    long onDay(LocalDate day) {
        return byDayAndPoint.getOrDefault(day, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    long onDay(LocalDate day, String point) {
        return byDayAndPoint.getOrDefault(day, Map.of()).getOrDefault(point, 0L);
    }

    /**
     * Every day from {@code from} (or the first arrival) to {@code to} (or the last arrival), days
     * without arrivals included, so a chart's time axis has no gaps.
     */
    List<LocalDate> days(LocalDate from, LocalDate to) {
        LocalDate first = from != null ? from : byDayAndPoint.isEmpty() ? null : byDayAndPoint.firstKey();
        LocalDate last = to != null ? to : byDayAndPoint.isEmpty() ? null : byDayAndPoint.lastKey();
        List<LocalDate> days = new ArrayList<>();
        if (first == null || last == null) return days;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) days.add(d);
        return days;
    }
}
