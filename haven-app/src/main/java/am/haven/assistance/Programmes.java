package am.haven.assistance;

import am.haven.security.AuditLog;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import am.haven.support.Timestamps;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating programmes and new versions of their rules; every problem of a request is reported at once. */
@Service
public class Programmes {

    private final ProgrammeRepository repository;
    private final Eligibility eligibility;
    private final AuditLog audit;

    Programmes(ProgrammeRepository repository, Eligibility eligibility, AuditLog audit) {
        this.repository = repository;
        this.eligibility = eligibility;
        this.audit = audit;
    }

    @Transactional
    public Programme create(ProgrammeRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.name() == null || r.name().isBlank()) problems.add(new FieldProblem("name", "is required"));
        else if (r.name().length() > 200) problems.add(new FieldProblem("name", "is longer than 200 characters"));
        Unit unit = null;
        if (r.unit() == null) problems.add(new FieldProblem("unit", "is required: PERSON or HOUSEHOLD"));
        else {
            try {
                unit = Unit.valueOf(r.unit().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("unit", "must be PERSON or HOUSEHOLD"));
            }
        }
        Amount amount = amount(r.amount(), problems);
        String currency = r.amount() == null || r.amount().currency() == null ? "AMD"
                : r.amount().currency().strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) problems.add(new FieldProblem("amount.currency", "must be an ISO 4217 code such as AMD"));
        Recurrence recurrence = recurrence(r.recurrence(), problems);
        LocalDate starts = date(r.startsOn(), "startsOn", problems);
        LocalDate ends = date(r.endsOn(), "endsOn", problems);
        if (starts != null && ends != null && ends.isBefore(starts)) problems.add(new FieldProblem("endsOn", "is before startsOn"));
        List<String> rules = r.eligibility() == null ? List.of() : r.eligibility();
        try {
            eligibility.compile(rules, "eligibility");
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        Programme p = new Programme(Ids.newId(), r.name().strip(), blankToNull(r.funder()), currency, unit, amount,
                recurrence, r.startsOn(), r.endsOn(), 1, List.copyOf(rules), Timestamps.now(), AuditLog.currentActor());
        repository.insert(p);
        audit.record("CREATE", "assistance_programme", p.id(), p.name());
        return p;
    }

    /** A new version of the eligibility rules; cycles drafted before keep theirs. */
    @Transactional
    public Programme changeEligibility(String id, List<String> rules) {
        Programme p = get(id);
        List<String> list = rules == null ? List.of() : List.copyOf(rules);
        eligibility.compile(list, "eligibility");
        repository.newVersion(id, p.version() + 1, p.amount(), list, Timestamps.now(), AuditLog.currentActor());
        audit.record("UPDATE", "assistance_programme", id, "eligibility version " + (p.version() + 1));
        return get(id);
    }

    public Programme get(String id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    public List<Programme> all() {
        return repository.all();
    }

    private Amount amount(ProgrammeRequest.AmountRequest a, List<FieldProblem> problems) {
        if (a == null) {
            problems.add(new FieldProblem("amount", "is required: {\"value\":N}, {\"components\":[…]} or {\"bySize\":{…}}"));
            return null;
        }
        int kinds = (a.value() != null ? 1 : 0) + (a.components() != null ? 1 : 0) + (a.bySize() != null ? 1 : 0);
        if (kinds != 1) {
            problems.add(new FieldProblem("amount", "give exactly one of value, components or bySize"));
            return null;
        }
        if (a.value() != null) {
            if (a.value() <= 0) problems.add(new FieldProblem("amount.value", "must be positive"));
            return new Amount.Fixed(a.value());
        }
        if (a.components() != null) {
            if (a.components().isEmpty()) problems.add(new FieldProblem("amount.components", "is empty"));
            List<Amount.Component> cs = new ArrayList<>();
            for (int i = 0; i < a.components().size(); i++) {
                var c = a.components().get(i);
                String f = "amount.components[" + i + "]";
                if (c.name() == null || c.name().isBlank()) problems.add(new FieldProblem(f + ".name", "is required"));
                if (c.value() == null || c.value() <= 0) problems.add(new FieldProblem(f + ".value", "must be positive"));
                List<String> rules = c.eligibility() == null ? List.of() : List.copyOf(c.eligibility());
                try {
                    eligibility.compile(rules, f + ".eligibility");
                } catch (InvalidRequestException e) {
                    problems.addAll(e.problems());
                }
                cs.add(new Amount.Component(c.name() == null ? "" : c.name().strip(), c.value() == null ? 0 : c.value(), rules));
            }
            return new Amount.Components(List.copyOf(cs));
        }
        TreeMap<Integer, Long> sizes = new TreeMap<>();
        for (Map.Entry<String, Long> e : a.bySize().entrySet()) {
            String f = "amount.bySize." + e.getKey();
            try {
                int size = Integer.parseInt(e.getKey().strip());
                if (size < 1) problems.add(new FieldProblem(f, "size must be 1 or more"));
                if (e.getValue() == null || e.getValue() <= 0) problems.add(new FieldProblem(f, "must be positive"));
                else sizes.put(size, e.getValue());
            } catch (NumberFormatException ex) {
                problems.add(new FieldProblem(f, "size must be a whole number"));
            }
        }
        if (a.bySize().isEmpty()) problems.add(new FieldProblem("amount.bySize", "is empty"));
        return sizes.isEmpty() ? null : new Amount.BySize(sizes);
    }

    private static Recurrence recurrence(ProgrammeRequest.RecurrenceRequest r, List<FieldProblem> problems) {
        if (r == null || r.kind() == null) {
            problems.add(new FieldProblem("recurrence.kind", "is required: ONCE or MONTHLY"));
            return null;
        }
        Recurrence.Kind kind;
        try {
            kind = Recurrence.Kind.valueOf(r.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("recurrence.kind", "must be ONCE or MONTHLY"));
            return null;
        }
        if (kind == Recurrence.Kind.ONCE) return new Recurrence(kind, 1);
        if (r.cycles() == null || r.cycles() < 1 || r.cycles() > 120) {
            problems.add(new FieldProblem("recurrence.cycles", "must be from 1 to 120 for a monthly programme"));
            return null;
        }
        return new Recurrence(kind, r.cycles());
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date as yyyy-MM-dd"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
