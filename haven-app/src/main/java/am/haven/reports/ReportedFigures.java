package am.haven.reports;

import am.haven.security.AuditLog;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.Timestamps;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Records and lists figures from outside sources; each one is validated field by field and audited. */
@Service
public class ReportedFigures {

    static final int MAX_LIST = 500;

    private final ReportedFigureRepository repository;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    ReportedFigures(ReportedFigureRepository repository, AuditLog audit, PlatformTransactionManager txManager) {
        this.repository = repository;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
    }

    /** A page of figures and how many match in all. */
    public record Page(List<ReportedFigure> items, long total) {}

    public ReportedFigure record(ReportedFigure.Request r) {
        ReportedFigure figure = validate(r);
        tx.executeWithoutResult(s -> {
            repository.insert(figure);
            audit.record("CREATE", "reported_figure", figure.id(),
                    figure.kind() + " " + figure.value() + " (" + figure.verification() + ") source=" + figure.source());
        });
        return figure;
    }

    /** Figures dated from..to (either may be null), newest first. */
    public Page list(LocalDate from, LocalDate to) {
        String f = from == null ? null : from.toString();
        String t = to == null ? null : to.toString();
        return new Page(repository.list(f, t, MAX_LIST), repository.count(f, t));
    }

    private static ReportedFigure validate(ReportedFigure.Request r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r == null) throw InvalidRequestException.of("body", "must be a JSON object");
        LocalDate date = null;
        if (blank(r.date())) problems.add(new FieldProblem("date", "must not be empty"));
        else {
            try {
                date = LocalDate.parse(r.date().strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("date", "must be a date YYYY-MM-DD, not '" + r.date() + "'"));
            }
        }
        FigureKind kind = oneOf("kind", r.kind(), FigureKind.class, problems);
        Verification verification = oneOf("verification", r.verification(), Verification.class, problems);
        if (r.value() == null) problems.add(new FieldProblem("value", "must not be empty"));
        else if (r.value() < 0) problems.add(new FieldProblem("value", "must be 0 or more"));
        if (blank(r.source())) problems.add(new FieldProblem("source", "must name who reported the figure"));
        else if (r.source().strip().length() > 300) problems.add(new FieldProblem("source", "must be at most 300 characters"));
        if (!blank(r.area()) && r.area().strip().length() > 200) problems.add(new FieldProblem("area", "must be at most 200 characters"));
        if (!blank(r.sourceUrl()) && !r.sourceUrl().strip().matches("(?i)https?://\\S{1,990}")) {
            problems.add(new FieldProblem("sourceUrl", "must be an http(s) address"));
        }
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        return new ReportedFigure(Ids.newId(), date.toString(), kind, r.value(), strip(r.area()), r.source().strip(),
                strip(r.sourceUrl()), verification, strip(r.note()), AuditLog.currentActor(), Timestamps.now());
    }

    private static <E extends Enum<E>> E oneOf(String field, String text, Class<E> type, List<FieldProblem> problems) {
        if (blank(text)) {
            problems.add(new FieldProblem(field, "must not be empty"));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
