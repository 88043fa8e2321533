package am.haven.assistance;

import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.Ids;
import am.haven.support.NotFoundException;
import am.haven.support.Timestamps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting a cycle (one decision per identity or household identity, with its reasons), approving it
 * (maker–checker) and discarding a draft. An approved cycle never changes except for the bank's answers.
 */
@Service
public class Cycles {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Cycles.class);

    private final Programmes programmes;
    private final CycleRepository cycles;
    private final Population population;
    private final Eligibility eligibility;
    private final AuditLog audit;
    private final Clock clock;

    Cycles(Programmes programmes, CycleRepository cycles, Population population,
           Eligibility eligibility, AuditLog audit, Optional<Clock> clock) {
        this.programmes = programmes;
        this.cycles = cycles;
        this.population = population;
        this.eligibility = eligibility;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Drafts the programme's next cycle as of {@code asOf} (today when null). */
    @Transactional
    public Cycle draft(String programmeId, LocalDate asOf) {
        Programme p = programmes.get(programmeId);
        List<Cycle> earlier = cycles.ofProgramme(programmeId);
        Cycle last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (last != null && last.status() == Cycle.Status.DRAFT) {
            throw new ConflictException("cycle " + last.number() + " is still a draft: approve or discard it first");
        }
        int number = last == null ? 1 : last.number() + 1;
        if (!p.recurrence().once() && number > p.recurrence().cycles()) {
            throw new ConflictException("the programme's " + p.recurrence().cycles() + " monthly cycles have all been drafted");
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        String id = Ids.newId();
        long t0 = System.nanoTime();
        List<Line> lines = compute(p, id, day);
        long t1 = System.nanoTime();
        int payable = (int) lines.stream().filter(Line::eligible).count();
        long amount = lines.stream().mapToLong(Line::amount).sum();
        Cycle c = new Cycle(id, programmeId, number, p.version(), day.toString(), Cycle.Status.DRAFT, lines.size(), payable,
                amount, AuditLog.currentActor(), Timestamps.now(), null, null);
        cycles.insert(c, lines);
        log.info("cycle {} of programme {}: {} lines decided in {} ms, written in {} ms", number, programmeId, lines.size(),
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        audit.record("CREATE", "assistance_cycle", id, "programme=" + programmeId + " number=" + number + " lines=" + lines.size()
                + " payable=" + payable + " amount=" + amount);
        return c;
    }

    /** The decisions of a cycle: one per unit, with what earlier cycles paid, failed or carried on. */
    List<Line> compute(Programme p, String cycleId, LocalDate asOf) {
        List<Eligibility.Rule> rules = eligibility.compile(p.eligibility(), "eligibility");
        List<List<Eligibility.Rule>> componentRules = new ArrayList<>();
        if (p.amount() instanceof Amount.Components cs) {
            for (int i = 0; i < cs.components().size(); i++) {
                componentRules.add(eligibility.compile(cs.components().get(i).eligibility(),
                        "amount.components[" + i + "].eligibility"));
            }
        }
        long t0 = System.nanoTime();
        Population.Snapshot snapshot = population.read();
        long t1 = System.nanoTime();
        List<Population.Unit> units = p.unit() == Unit.PERSON ? Population.persons(snapshot, asOf)
                : Population.households(snapshot, asOf);
        History history = history(p);
        long t2 = System.nanoTime();
        Map<String, Integer> unitOfPerson = new HashMap<>();
        for (int i = 0; i < units.size(); i++) for (String person : units.get(i).personIds()) unitOfPerson.put(person, i);
        Map<Integer, List<Line>> carriedByUnit = new HashMap<>();
        for (Line failed : history.toCarry()) {
            Integer u = unitOfPerson.get(failed.leadPersonId());
            if (u != null) carriedByUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(failed);
        }
        List<Line> lines = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Population.Unit u = units.get(i);
            List<Reason> reasons = new ArrayList<>();
            long base = 0;
            Integer paidIn = null;
            if (p.recurrence().once()) {
                for (String person : u.personIds()) {
                    Integer c = history.coveredLeads().get(person);
                    if (c != null) paidIn = paidIn == null ? c : Math.min(paidIn, c);
                }
            }
            List<Line> carry = carriedByUnit.getOrDefault(i, List.of());
            if (!u.consent()) {
                reasons.add(Reason.of(Reason.Code.NO_CONSENT));
            } else if (paidIn != null) {
                reasons.add(Reason.of(Reason.Code.ALREADY_PAID, Map.of("cycle", String.valueOf(paidIn))));
            } else if (p.recurrence().once() && !carry.isEmpty()) {
                // A one-off payment that failed is paid again as it was, not recomputed: it was owed then.
                base = 0;
            } else {
                Reason failure = Eligibility.firstFailure(rules, u.facts());
                if (failure != null) {
                    reasons.add(failure);
                } else {
                    base = base(p, u, componentRules, reasons);
                    reasons.add(0, Reason.of(Reason.Code.ELIGIBLE));
                }
            }
            long carried = 0;
            List<String> carriedIds = new ArrayList<>();
            if (u.consent()) {
                for (Line f : carry) {
                    carried += f.amount();
                    carriedIds.add(f.id());
                    reasons.add(Reason.of(Reason.Code.CARRIED, Map.of("amount", String.valueOf(f.amount()),
                            "cycle", String.valueOf(history.cycleNumber().get(f.cycleId())), "status", f.resultStatus(),
                            "reason", f.resultReason() == null ? "" : f.resultReason())));
                }
            }
            long amount = base + carried;
            lines.add(new Line(Ids.newId(), cycleId, p.id(), i + 1, u.identityId(), u.leadPersonId(), u.personIds(),
                    u.payeePersonId(), amount, carried, carriedIds, amount > 0, reasons, null, null, null, null));
        }
        log.info("cycle of programme {}: population read in {} ms, units and history in {} ms, decisions in {} ms", p.id(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return lines;
    }

    private static long base(Programme p, Population.Unit u, List<List<Eligibility.Rule>> componentRules, List<Reason> reasons) {
        if (p.amount() instanceof Amount.Fixed f) return f.value();
        if (p.amount() instanceof Amount.BySize b) return b.forSize(((Long) u.facts().get(Facts.HOUSEHOLD_SIZE)).intValue());
        Amount.Components cs = (Amount.Components) p.amount();
        long sum = 0;
        for (int i = 0; i < cs.components().size(); i++) {
            Amount.Component c = cs.components().get(i);
            Reason failure = Eligibility.firstFailure(componentRules.get(i), u.facts());
            if (failure == null) {
                sum += c.value();
            } else {
                Map<String, String> values = new LinkedHashMap<>(failure.values());
                values.put("component", c.name());
                reasons.add(Reason.of(Reason.Code.COMPONENT_EXCLUDED, values));
            }
        }
        return sum;
    }

    /**
     * What the approved cycles already did: the records whose real person a one-off programme has
     * paid (with the cycle), and the failed or returned lines not yet offered again.
     */
    record History(Map<String, Integer> coveredLeads, List<Line> toCarry, Map<String, Integer> cycleNumber) {}

    private History history(Programme p) {
        Map<String, Integer> number = new HashMap<>();
        for (Cycle c : cycles.ofProgramme(p.id())) number.put(c.id(), c.number());
        List<Line> lines = cycles.approvedLinesOf(p.id());
        Set<String> carried = new HashSet<>();
        for (Line l : lines) carried.addAll(l.carriedLineIds());
        Map<String, Integer> covered = new HashMap<>();
        List<Line> toCarry = new ArrayList<>();
        for (Line l : lines) {
            if (!l.eligible()) continue;
            if (l.failed()) {
                if (!carried.contains(l.id())) toCarry.add(l);
            } else {
                covered.merge(l.leadPersonId(), number.get(l.cycleId()), Math::min);
            }
        }
        return new History(covered, toCarry, number);
    }

    /** Approves a draft. The officer who drafted it cannot: a second pair of eyes is the point. */
    @Transactional
    public Cycle approve(String programmeId, String cycleId) {
        Cycle c = get(programmeId, cycleId);
        String actor = AuditLog.currentActor();
        if (c.status() != Cycle.Status.DRAFT) throw new ConflictException("cycle " + c.number() + " is already approved");
        if (actor.equals(c.draftedBy())) {
            throw new ConflictException("cycle " + c.number() + " was drafted by " + actor
                    + ": another assistance officer must approve it");
        }
        if (!cycles.approve(cycleId, actor, Timestamps.now())) throw new ConflictException("cycle " + c.number() + " is already approved");
        audit.record("APPROVE", "assistance_cycle", cycleId, "programme=" + programmeId + " number=" + c.number()
                + " payable=" + c.payable() + " amount=" + c.amount());
        return get(programmeId, cycleId);
    }

    /** Discards a draft (to recompute it); an approved list cannot be discarded. */
    @Transactional
    public void discard(String programmeId, String cycleId) {
        Cycle c = get(programmeId, cycleId);
        if (c.status() != Cycle.Status.DRAFT) {
            throw new ConflictException("cycle " + c.number() + " is approved: its list cannot change; corrections go to the next cycle");
        }
        cycles.deleteLinesOfDraft(cycleId);
        if (!cycles.deleteDraft(cycleId)) throw new ConflictException("cycle " + c.number() + " was approved meanwhile");
        audit.record("DELETE", "assistance_cycle", cycleId, "draft discarded");
    }

    public Cycle get(String programmeId, String cycleId) {
        return cycles.find(programmeId, cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
    }

    public List<Cycle> of(String programmeId) {
        programmes.get(programmeId);
        return cycles.ofProgramme(programmeId);
    }

    /** A page of lines; reading them is audited (they name identities and amounts). */
    public List<Line> lines(String programmeId, String cycleId, String status, int offset, int limit) {
        get(programmeId, cycleId);
        List<Line> page = cycles.lines(cycleId, status, offset, limit);
        audit.record("READ", "assistance_line", null, "cycle=" + cycleId + " offset=" + offset + " lines=" + page.size());
        return page;
    }

    public int countLines(String programmeId, String cycleId, String status) {
        return cycles.countLines(cycleId, status);
    }
}
