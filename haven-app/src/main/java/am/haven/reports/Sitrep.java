package am.haven.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily situation report: Haven's own counts for the day and up to it, and, kept apart, the
 * figures outside sources reported up to that day. Counts are published with small-count
 * suppression because a printed sitrep travels like an export.
 */
public record Sitrep(
        LocalDate date,
        Summary day,
        Summary cumulative,
        Dashboard.Baseline baseline,
        List<Dashboard.NeedCount> needs,
        List<ReportedFigure> reported) {

    static Sitrep of(LocalDate date, ReportService reports, ReportedFigures figures) {
        ReportFilter upTo = ReportFilter.ALL.upTo(date);
        Summary day = reports.summary(ReportFilter.ALL.on(date));
        Summary cumulative = reports.summary(upTo);
        long population = reports.settings().baselinePopulation();
        Dashboard.Baseline baseline = new Dashboard.Baseline(population, cumulative.distinctPersons(),
                population <= 0 ? 0 : (double) cumulative.distinctPersons() / population);
        return new Sitrep(date, day, cumulative, baseline, reports.needs(reports.where(upTo)),
                figures.list(null, date).items());
    }

    /** A count as the sitrep prints it. */
    public String published(long n) {
        return ReportTable.count(n).published();
    }

    public LocalDate previous() {
        return date.minusDays(1);
    }

    public LocalDate next() {
        return date.plusDays(1);
    }
}
