package am.haven.reports;

import am.haven.support.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The reports that can be exported, by name, each as a {@link ReportTable} with HXL hashtags.
 * Age-band attributes follow HXL's +infants/+children/+adolescents/+adults/+elderly, with the
 * exact band spelled out in a second attribute (+age0_4 ...) because HXL does not fix the limits.
 */
@Component
public class ReportCatalog {

    /** A report as listed by {@code GET /api/v1/reports}. */
    public record Entry(String name, String description, List<String> formats) {}

    private final ReportService reports;
    private final ReportedFigures figures;
    private final Map<String, Definition> definitions = new LinkedHashMap<>();

    private record Definition(String description, Function<ReportFilter, ReportTable> table) {}

    ReportCatalog(ReportService reports, ReportedFigures figures) {
        this.reports = reports;
        this.figures = figures;
        define("summary", "Haven's totals: person records, distinct persons, households, by sex and age band", this::summary);
        define("arrivals-by-day", "Person records registered per day, with the running total", this::arrivalsByDay);
        define("arrivals-by-point", "Person records registered per day and registration point", this::arrivalsByPoint);
        define("sex-age", "Person records per day by sex and humanitarian age band (SADD)", this::sexAge);
        define("specific-needs", "Person records with each specific need (UNHCR codes)", this::needs);
        define("household-size", "Households by number of members", this::householdSizes);
        define("origin-settlements", "Person records by origin region and settlement", this::settlements);
        define("shelter-occupancy", "Beds, occupied and free beds in open shelter sites by region, now", this::shelter);
        define("tracing-cases", "Tracing cases by status, now", this::tracingCases);
        define("reported-figures", "Figures reported by outside sources, with source and verification level", this::reported);
    }

    private void define(String name, String description, Function<ReportFilter, ReportTable> table) {
        definitions.put(name, new Definition(description, table));
    }

    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        definitions.forEach((name, d) -> out.add(new Entry(name, d.description(), List.of("csv", "xlsx"))));
        return out;
    }

    /** The named report for a filter; unknown names are a 404. */
    public ReportTable table(String name, ReportFilter filter) {
        Definition d = definitions.get(name);
        if (d == null) throw new NotFoundException("report", name);
        return d.table().apply(filter);
    }

    private static ReportTable.Column col(String header, String hxl) {
        return new ReportTable.Column(header, hxl);
    }

    private static Object c(long n) {
        return ReportTable.count(n);
    }

    private ReportTable summary(ReportFilter f) {
        Summary s = reports.summary(f);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("registrations", c(s.registrations())));
        rows.add(List.of("persons", c(s.persons())));
        rows.add(List.of("distinct persons", c(s.distinctPersons())));
        rows.add(List.of("households", c(s.households())));
        s.bySex().forEach((sex, n) -> rows.add(List.of("persons sex " + sex, c(n))));
        s.byAgeBand().forEach((band, n) -> rows.add(List.of("persons aged " + band, c(n))));
        return new ReportTable("summary", List.of(col("Indicator", "#indicator+name"), col("Value", "#indicator+num")), rows);
    }

    private ReportTable arrivalsByDay(ReportFilter f) {
        Summary s = reports.summary(f);
        List<List<Object>> rows = new ArrayList<>();
        long sum = 0;
        for (Summary.DayCount d : s.arrivalsByDay()) {
            sum += d.persons();
            rows.add(List.of(d.date(), c(d.persons()), c(sum)));
        }
        return new ReportTable("arrivals-by-day", List.of(col("Date", "#date"),
                col("Persons registered", "#affected+ind+arrived"), col("Cumulative", "#affected+ind+arrived+total")), rows);
    }

    private ReportTable arrivalsByPoint(ReportFilter f) {
        PersonCube cube = reports.cube(f);
        List<List<Object>> rows = new ArrayList<>();
        for (LocalDate day : cube.days(f.from(), f.to())) {
            for (String point : cube.byPoint().keySet()) {
                long n = cube.onDay(day, point);
                if (n > 0) rows.add(List.of(day.toString(), point, c(n)));
            }
        }
        return new ReportTable("arrivals-by-point", List.of(col("Date", "#date"),
                col("Registration point", "#loc+name+registration"), col("Persons registered", "#affected+ind+arrived")), rows);
    }

    private ReportTable sexAge(ReportFilter f) {
        PersonCube cube = reports.cube(f);
        List<ReportTable.Column> cols = new ArrayList<>();
        cols.add(col("Date", "#date"));
        for (String sex : PersonCube.SEXES) {
            for (AgeBand b : AgeBand.values()) {
                String exact = b == AgeBand.UNKNOWN ? "" : "+age" + b.code().replace("-", "_").replace("+", "plus");
                cols.add(col((sex.equals("F") ? "Female " : "Male ") + b.code(),
                        "#affected+" + sex.toLowerCase() + "+" + b.hxlAttribute() + exact));
            }
        }
        cols.add(col("Total", "#affected+ind+total"));
        List<List<Object>> rows = new ArrayList<>();
        for (LocalDate day : cube.days(f.from(), f.to())) {
            List<Object> row = new ArrayList<>();
            row.add(day.toString());
            for (String sex : PersonCube.SEXES) {
                for (AgeBand b : AgeBand.values()) row.add(c(cube.count(day, sex, b)));
            }
            row.add(c(cube.onDay(day)));
            rows.add(row);
        }
        return new ReportTable("sex-age", cols, rows);
    }

    private ReportTable needs(ReportFilter f) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.NeedCount n : reports.needs(reports.where(f))) {
            rows.add(List.of(n.need(), n.unhcrCode(), c(n.persons())));
        }
        return new ReportTable("specific-needs", List.of(col("Specific need", "#indicator+name"),
                col("UNHCR code", "#indicator+code"), col("Persons", "#inneed+ind")), rows);
    }

    private ReportTable householdSizes(ReportFilter f) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.SizeCount s : reports.householdSizes(reports.where(f))) {
            rows.add(List.of(s.size(), c(s.households())));
        }
        return new ReportTable("household-size", List.of(col("Members", "#indicator+num+members"),
                col("Households", "#affected+hh")), rows);
    }

    private ReportTable settlements(ReportFilter f) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.SettlementCount s : reports.settlements(reports.where(f))) {
            rows.add(java.util.Arrays.asList(s.region(), s.settlement(), c(s.persons())));
        }
        return new ReportTable("origin-settlements", List.of(col("Origin region", "#adm1+name+origin"),
                col("Origin settlement", "#loc+name+origin"), col("Persons", "#affected+ind")), rows);
    }

    /** Beds are not people: capacity and free beds are published exactly, as planners need them. */
    private ReportTable shelter(ReportFilter f) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.ShelterRegion r : reports.shelter()) {
            rows.add(List.of(r.name(), r.sites(), r.capacity(), r.occupied(), r.free()));
        }
        return new ReportTable("shelter-occupancy", List.of(col("Region", "#adm1+name"), col("Sites", "#loc+num+sites"),
                col("Beds", "#capacity+beds"), col("Occupied", "#capacity+beds+occupied"), col("Free", "#capacity+beds+free")), rows);
    }

    private ReportTable tracingCases(ReportFilter f) {
        List<List<Object>> rows = new ArrayList<>();
        reports.tracingCases().forEach((status, n) -> rows.add(List.of(status, c(n))));
        return new ReportTable("tracing-cases", List.of(col("Status", "#status+name"), col("Cases", "#affected+missing+cases")), rows);
    }

    /** Outside figures are published figures, not counts of Haven's records: no suppression. */
    private ReportTable reported(ReportFilter f) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportedFigure r : figures.list(f.from(), f.to()).items()) {
            rows.add(java.util.Arrays.asList(r.date(), r.kind().name(), r.value(), r.area(), r.source(),
                    r.verification().name(), r.sourceUrl()));
        }
        return new ReportTable("reported-figures", List.of(col("Date", "#date+reported"), col("Figure", "#indicator+name"),
                col("Value", "#indicator+num"), col("Area", "#loc+name"), col("Source", "#meta+source"),
                col("Verification", "#status+verification"), col("Source address", "#meta+url")), rows);
    }
}
