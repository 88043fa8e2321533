package am.haven.assistance;

import am.haven.security.AuditLog;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import am.haven.support.Timestamps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery and missed-payment cases, opened from the payment data when an identity decision lands.
 * Called by {@link IdentityDecisions} in the decision's own transaction, after its moves are written
 * (so the identity views already show the new membership); called again for the same decision, it
 * opens nothing more: a decision opens each case once.
 */
@Service
public class AssistanceCases {

    private final AssistanceCaseRepository cases;
    private final CycleRepository lines;
    private final Population population;
    private final ProgrammeRepository programmes;
    private final AuditLog audit;

    AssistanceCases(AssistanceCaseRepository cases, CycleRepository lines, Population population, ProgrammeRepository programmes,
                    AuditLog audit) {
        this.cases = cases;
        this.lines = lines;
        this.population = population;
        this.programmes = programmes;
        this.audit = audit;
    }

    /**
     * {@code absorbed} was merged into {@code survivor} by {@code decisionRef} (a review decision, a
     * relink or an attach at the desk). Opens a RECOVERY case per programme where the joined person
     * now has more than one payment for one cycle (or, for a one-off programme, for the programme).
     */
    @Transactional
    public List<AssistanceCase> identitiesMerged(String survivor, String absorbed, String decisionRef) {
        List<String> records = population.recordsOf(survivor);
        Map<String, Line> touching = new LinkedHashMap<>();
        for (Line l : lines.paidLinesLedBy(records)) touching.put(l.id(), l);
        for (Line l : lines.paidLinesTouching(List.of(survivor, absorbed))) touching.put(l.id(), l);
        Map<String, List<Line>> byProgramme = new TreeMap<>();
        for (Line l : touching.values()) byProgramme.computeIfAbsent(l.programmeId(), k -> new ArrayList<>()).add(l);
        List<AssistanceCase> opened = new ArrayList<>();
        byProgramme.forEach((programmeId, ls) -> {
            Programme p = programmes.find(programmeId).orElseThrow();
            Map<String, List<Line>> groups = new LinkedHashMap<>();
            for (Line l : ls) groups.computeIfAbsent(p.recurrence().once() ? "all" : l.cycleId(), k -> new ArrayList<>()).add(l);
            List<String> ids = new ArrayList<>();
            long over = 0;
            String cycleId = null;
            for (List<Line> g : groups.values()) {
                if (g.size() < 2) continue;
                long sum = 0, max = 0;
                for (Line l : g) {
                    ids.add(l.id());
                    sum += l.amount();
                    max = Math.max(max, l.amount());
                }
                over += sum - max;
                if (cycleId == null) cycleId = g.get(0).cycleId();
            }
            if (ids.isEmpty()) return;
            AssistanceCase c = newCase(AssistanceCase.Kind.RECOVERY, programmeId, cycleId, survivor, absorbed, ids, over, decisionRef);
            if (cases.open(c)) {
                audit.record("system", "CREATE", "assistance_case", c.id(), "RECOVERY decision=" + decisionRef + " amount=" + over);
                opened.add(c);
            }
        });
        return opened;
    }

    /**
     * Records of {@code original} were split off into {@code splitOff} by {@code decisionRef}. Where a
     * person-programme line paid one of the two (the one that keeps the line's lead record) while
     * covering both, the other opens a MISSED case for each programme it now has no payment in.
     */
    @Transactional
    public List<AssistanceCase> identitySplit(String original, String splitOff, String decisionRef) {
        Map<String, Set<String>> recordsOf = Map.of(original, new HashSet<>(population.recordsOf(original)),
                splitOff, new HashSet<>(population.recordsOf(splitOff)));
        Set<String> all = new HashSet<>();
        recordsOf.values().forEach(all::addAll);
        Map<String, Line> touching = new LinkedHashMap<>();
        for (Line l : lines.paidLinesLedBy(all)) touching.put(l.id(), l);
        for (Line l : lines.paidLinesTouching(List.of(original, splitOff))) touching.put(l.id(), l);
        Map<String, List<Line>> byProgramme = new TreeMap<>();
        for (Line l : touching.values()) byProgramme.computeIfAbsent(l.programmeId(), k -> new ArrayList<>()).add(l);
        List<AssistanceCase> opened = new ArrayList<>();
        byProgramme.forEach((programmeId, ls) -> {
            Programme p = programmes.find(programmeId).orElseThrow();
            if (p.unit() != Unit.PERSON) return; // a household line still pays the household both halves belong to
            for (String who : List.of(original, splitOff)) {
                Set<String> mine = recordsOf.get(who);
                List<String> missed = new ArrayList<>();
                long amount = 0;
                String cycleId = null;
                for (Line l : ls) {
                    if (mine.contains(l.leadPersonId())) continue;
                    if (l.personIds().stream().noneMatch(mine::contains)) continue;
                    boolean paidOwn = ls.stream().anyMatch(o -> mine.contains(o.leadPersonId())
                            && (p.recurrence().once() || o.cycleId().equals(l.cycleId())));
                    if (paidOwn) continue;
                    missed.add(l.id());
                    amount += l.amount();
                    if (cycleId == null) cycleId = l.cycleId();
                }
                if (missed.isEmpty()) continue;
                String other = who.equals(original) ? splitOff : original;
                AssistanceCase c = newCase(AssistanceCase.Kind.MISSED, programmeId, cycleId, who, other, missed,
                        p.recurrence().once() ? ls.stream().filter(l -> missed.contains(l.id())).mapToLong(Line::amount).max().orElse(0) : amount,
                        decisionRef);
                if (cases.open(c)) {
                    audit.record("system", "CREATE", "assistance_case", c.id(), "MISSED decision=" + decisionRef);
                    opened.add(c);
                }
            }
        });
        return opened;
    }

    private static AssistanceCase newCase(AssistanceCase.Kind kind, String programmeId, String cycleId, String identity,
                                          String other, List<String> lineIds, long amount, String decisionRef) {
        String now = Timestamps.now();
        return new AssistanceCase(Ids.newId(), kind, AssistanceCase.Status.OPEN, programmeId, cycleId, identity, other,
                List.copyOf(lineIds), amount, decisionRef, null, now, now);
    }

    public List<AssistanceCase> list(String kind, String status) {
        return cases.list(parse(AssistanceCase.Kind.class, kind, "kind"), parse(AssistanceCase.Status.class, status, "status"));
    }

    public AssistanceCase get(String id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
    }

    public List<AssistanceCase.Note> notes(String id) {
        return cases.notes(id);
    }

    /** Lines a case is about, so an officer sees both payments (or the missed one). */
    public List<Line> linesOf(AssistanceCase c) {
        List<Line> out = new ArrayList<>();
        for (String lineId : c.lineIds()) {
            lines.lineById(lineId).ifPresent(out::add);
        }
        return out;
    }

    @Transactional
    public AssistanceCase update(String id, String status, String owner) {
        AssistanceCase c = get(id);
        AssistanceCase.Status s = status == null ? c.status() : parse(AssistanceCase.Status.class, status, "status");
        String o = owner == null ? c.owner() : owner.isBlank() ? null : owner.strip();
        cases.update(id, s, o, Timestamps.now());
        audit.record("UPDATE", "assistance_case", id, "status=" + s + " owner=" + o);
        return get(id);
    }

    @Transactional
    public void addNote(String id, String text) {
        get(id);
        if (text == null || text.isBlank()) throw InvalidRequestException.of("text", "is required");
        cases.addNote(Ids.newId(), id, Timestamps.now(), AuditLog.currentActor(), text.strip());
        audit.record("UPDATE", "assistance_case", id, "note");
    }

    public Map<String, Integer> openCounts() {
        return cases.openCounts();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E x : type.getEnumConstants()) names.add(x.name());
            throw new InvalidRequestException(List.of(new FieldProblem(field, "must be one of " + String.join(", ", names))));
        }
    }
}
