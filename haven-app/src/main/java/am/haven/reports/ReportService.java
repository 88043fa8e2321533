package am.haven.reports;

import am.haven.registration.SpecificNeed;
import am.haven.shelter.OccupancyService;
import am.haven.support.ReadSnapshot;
import am.haven.tracing.TracingFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Haven's own figures: the summary, the dashboard and the tables behind the exports, all folded
 * from the same day counts ({@link ReportCounts}), which are small whatever the population, so
 * every answer is computed afresh and no cache can serve a stale one. Read-only.
 */
@Service
public class ReportService {

    private final ReportRepository repository;
    private final ReportSettings settings;
    private final OccupancyService occupancy;
    private final TracingFigures tracing;

    private final ReadSnapshot snapshot;

    ReportService(ReportRepository repository, ReportSettings settings, OccupancyService occupancy,
                  TracingFigures tracing, ReadSnapshot snapshot) {
        this.repository = repository;
        this.settings = settings;
        this.occupancy = occupancy;
        this.tracing = tracing;
        this.snapshot = snapshot;
    }

    // An answer is several queries; de-duplication may move records between identities in between,
    // which could count a person twice for a moment. They read one snapshot.
    private <T> T consistently(java.util.function.Supplier<T> read) {
        return snapshot.read(read);
    }

    public ReportSettings settings() {
        return settings;
    }

    /** The summary for a filter. */
    public Summary summary(ReportFilter filter) {
        return consistently(() -> readSummary(filter));
    }

    private Summary readSummary(ReportFilter filter) {
        ReportRepository.Where where = where(filter);
        PersonCube cube = cube(where);
        return summary(filter, cube, households(householdSizes(where)), distinctPersons(cube, where));
    }

    private static long households(List<Dashboard.SizeCount> sizes) {
        return sizes.stream().mapToLong(Dashboard.SizeCount::households).sum();
    }

    /**
     * Identities (distinct real persons after de-duplication) among the records the filter
     * selects: those whose first record it selects, plus those it selects only later records of.
     * A record de-duplication has not matched yet counts as an identity of its own.
     */
    private long distinctPersons(PersonCube cube, ReportRepository.Where where) {
        return cube.firsts() + repository.identitiesFirstSeenOutside(where);
    }

    private Summary summary(ReportFilter filter, PersonCube cube, long households, long distinctPersons) {
        Map<String, Long> byBand = new LinkedHashMap<>();
        cube.byBand().forEach((b, n) -> byBand.put(b.code(), n));
        Map<String, Map<String, Long>> sexBand = new LinkedHashMap<>();
        for (String sex : PersonCube.SEXES) {
            Map<String, Long> bands = new LinkedHashMap<>();
            for (AgeBand b : AgeBand.values()) bands.put(b.code(), cube.count(sex, b));
            sexBand.put(sex, bands);
        }
        List<Summary.DayCount> days = cube.days(filter.from(), filter.to()).stream()
                .map(d -> new Summary.DayCount(d.toString(), cube.onDay(d))).toList();
        return new Summary(str(filter.from()), str(filter.to()), settings.zone().getId(), filter.region(), filter.point(),
                cube.total(), cube.total(), distinctPersons, households, new LinkedHashMap<>(cube.bySex()),
                byBand, sexBand, new LinkedHashMap<>(cube.byPoint()), days);
    }

    /**
     * Everything the dashboard shows for a filter. Shelter and tracing figures come live from
     * their features.
     */
    public Dashboard dashboard(ReportFilter filter) {
        return consistently(() -> readDashboard(filter));
    }

    private Dashboard readDashboard(ReportFilter filter) {
        ReportRepository.Where where = where(filter);
        PersonCube cube = cube(where);
        List<Dashboard.SizeCount> sizes = householdSizes(where);
        long distinctPersons = distinctPersons(cube, where);
        Summary summary = summary(filter, cube, households(sizes), distinctPersons);

        List<LocalDate> days = cube.days(filter.from(), filter.to());
        List<Long> perDay = days.stream().map(cube::onDay).toList();
        List<Dashboard.PointSeries> byPoint = new ArrayList<>();
        for (String point : cube.byPoint().keySet()) {
            List<Long> counts = days.stream().map(d -> cube.onDay(d, point)).toList();
            byPoint.add(new Dashboard.PointSeries(point, counts, running(counts)));
        }
        Dashboard.Arrivals arrivals = new Dashboard.Arrivals(days.stream().map(LocalDate::toString).toList(),
                perDay, running(perDay), byPoint);

        long population = settings.baselinePopulation();
        Dashboard.Baseline baseline = new Dashboard.Baseline(population, distinctPersons,
                population <= 0 ? 0 : (double) distinctPersons / population);

        List<String> bands = Arrays.stream(AgeBand.values()).map(AgeBand::code).toList();
        Dashboard.Pyramid pyramid = new Dashboard.Pyramid(bands,
                Arrays.stream(AgeBand.values()).map(b -> cube.count("F", b)).toList(),
                Arrays.stream(AgeBand.values()).map(b -> cube.count("M", b)).toList());

        return new Dashboard(summary, arrivals, baseline, pyramid, needs(where), sizes, settlements(where), shelter(),
                tracing.casesByStatus(), repository.registrationPoints(), repository.originRegions());
    }

    /** Person records with each specific need, every need listed (zero when nobody has it). */
    List<Dashboard.NeedCount> needs(ReportRepository.Where where) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReportRepository.NeedGroup g : repository.needGroups(where)) counts.put(g.need(), g.persons());
        List<Dashboard.NeedCount> result = new ArrayList<>();
        for (SpecificNeed n : SpecificNeed.values()) {
            result.add(new Dashboard.NeedCount(n.name(), n.unhcrCode(), counts.getOrDefault(n.name(), 0L)));
        }
        return result;
    }

    /** Beds by shelter region, from the shelter feature's occupancy service. */
    List<Dashboard.ShelterRegion> shelter() {
        return occupancy.byRegion().stream()
                .map(r -> new Dashboard.ShelterRegion(r.region().name(), r.region().englishName(), r.sites(), r.capacity(),
                        r.occupied(), r.free(), r.percentFull()))
                .toList();
    }

    /** Tracing cases by status code, zeros included, from the tracing feature. */
    Map<String, Long> tracingCases() {
        return tracing.casesByStatus();
    }

    /**
     * Persons by origin settlement, a known settlement counted once whatever script it was typed in
     * (under its gazetteer name, in the region recorded); a place not in the gazetteer stays as typed.
     */
    List<Dashboard.SettlementCount> settlements(ReportRepository.Where where) {
        Map<List<String>, Long> merged = new java.util.LinkedHashMap<>();
        for (ReportRepository.SettlementGroup g : repository.settlementGroups(where)) {
            var known = am.haven.registration.Settlements.find(g.settlement());
            String region = g.region();
            String settlement = known.map(am.haven.registration.Settlements.Settlement::en).orElse(g.settlement());
            merged.merge(java.util.Arrays.asList(region, settlement), g.persons(), Long::sum);
        }
        return merged.entrySet().stream()
                .map(e -> new Dashboard.SettlementCount(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingLong(Dashboard.SettlementCount::persons).reversed()
                        .thenComparing(s -> String.valueOf(s.settlement())))
                .toList();
    }

    List<Dashboard.SizeCount> householdSizes(ReportRepository.Where where) {
        return repository.householdSizes(where).stream().map(s -> new Dashboard.SizeCount(s.size(), s.households()))
                .toList();
    }

    PersonCube cube(ReportFilter filter) {
        return cube(where(filter));
    }

    private PersonCube cube(ReportRepository.Where where) {
        return PersonCube.fold(repository.personGroups(where));
    }

    ReportRepository.Where where(ReportFilter filter) {
        return ReportRepository.Where.of(filter, settings.zone());
    }

    private static List<Long> running(List<Long> counts) {
        List<Long> out = new ArrayList<>(counts.size());
        long sum = 0;
        for (long n : counts) out.add(sum += n);
        return out;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
