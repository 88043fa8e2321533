package am.haven.tracing;

import am.haven.registration.RegisteredPersons;
import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.NotFoundException;
import am.haven.support.Timestamps;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reunification: two households recognised as one family. A link is never deleted: unlinking
 * closes it, so who linked and unlinked what, and when, stays readable.
 */
@Service
public class FamilyService {

    private final FamilyLinkRepository links;
    private final RegisteredPersons persons;
    private final CaseRepository cases;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    FamilyService(FamilyLinkRepository links, RegisteredPersons persons, CaseRepository cases, AuditLog audit,
                  PlatformTransactionManager txManager) {
        this.links = links;
        this.persons = persons;
        this.cases = cases;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
    }

    /** A request to link two households, optionally naming the case that reunited them. */
    public record LinkRequest(String householdA, String householdB, String caseId, String reason) {}

    /** A family link as shown to caseworkers. */
    public record Link(String id, String householdA, String householdB, String caseId, String reason,
                       String linkedAt, String linkedBy, String unlinkedAt, String unlinkedBy, boolean active) {}

    public Link link(LinkRequest r) {
        List<FieldProblem> problems = CaseValidator.problems();
        String a = r == null ? null : CaseValidator.clean(r.householdA());
        String b = r == null ? null : CaseValidator.clean(r.householdB());
        if (a == null) problems.add(new FieldProblem("householdA", "must not be empty"));
        else if (persons.ofHousehold(a).isEmpty()) problems.add(new FieldProblem("householdA", "is not a registered household"));
        if (b == null) problems.add(new FieldProblem("householdB", "must not be empty"));
        else if (persons.ofHousehold(b).isEmpty()) problems.add(new FieldProblem("householdB", "is not a registered household"));
        if (a != null && a.equals(b)) problems.add(new FieldProblem("householdB", "must differ from householdA"));
        String caseId = r == null ? null : CaseValidator.clean(r.caseId());
        if (caseId != null && cases.find(caseId).isEmpty()) problems.add(new FieldProblem("caseId", "is not a tracing case"));
        CaseValidator.throwIfAny(problems);
        String actor = AuditLog.currentActor();
        String now = Timestamps.now();
        FamilyLinkRepository.FamilyLink l = new FamilyLinkRepository.FamilyLink(Ids.newId(), a, b, caseId,
                CaseValidator.clean(r.reason()), now, actor, null, null);
        tx.executeWithoutResult(s -> {
            if (links.activeBetween(a, b)) throw new ConflictException("households " + a + " and " + b + " are already linked");
            links.insert(l);
            if (caseId != null) {
                cases.addEvent(caseId, now, actor, "family_link", a + " + " + b);
                cases.touch(caseId, now);
            }
            audit.record("CREATE", "family_link", l.id(), a + " + " + b);
        });
        return view(l);
    }

    public Link unlink(String linkId) {
        String actor = AuditLog.currentActor();
        String now = Timestamps.now();
        tx.executeWithoutResult(s -> {
            if (!links.unlink(linkId, now, actor)) throw new NotFoundException("active family link", linkId);
            audit.record("UPDATE", "family_link", linkId, "unlinked");
        });
        return links.byId(linkId).map(FamilyService::view).orElseThrow();
    }

    /** Every link of a household, ended ones included; the read is audited. */
    public List<Link> history(String householdId) {
        List<Link> out = links.ofHousehold(householdId).stream().map(FamilyService::view).toList();
        audit.recordRead("family_link", List.of(householdId), "household history");
        return out;
    }

    /** The households joined to this one through active links, directly or through others. */
    public List<String> family(String householdId) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(householdId));
        while (!todo.isEmpty()) {
            String h = todo.pop();
            if (!seen.add(h)) continue;
            for (FamilyLinkRepository.FamilyLink l : links.activeLinks(h)) {
                todo.push(l.householdA().equals(h) ? l.householdB() : l.householdA());
            }
        }
        audit.recordRead("family_link", List.of(householdId), "family");
        return List.copyOf(seen);
    }

    private static Link view(FamilyLinkRepository.FamilyLink l) {
        return new Link(l.id(), l.householdA(), l.householdB(), l.caseId(), l.reason(), l.linkedAt(), l.linkedBy(),
                l.unlinkedAt(), l.unlinkedBy(), l.unlinkedAt() == null);
    }
}
