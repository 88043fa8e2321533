package am.haven.erasure;

import am.haven.changes.ChangeFeed;
import am.haven.changes.ChangeKind;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import am.haven.support.Timestamps;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erasure of a person record on the person's request: one user asks, with a reason; another
 * approves, and then, in one transaction, every feature's {@link ErasureStep} removes what its
 * tables hold on the record, the change feed carries an {@code ERASED} entry so every instance's
 * projections (matching, search) drop the record, and the audit says what kinds were erased without
 * repeating any value. Report facts (sex, age band, origin region, day) stay: a count stays a count.
 */
@Service
public class ErasureService {

    static final int MAX_REASON = 1000;

    private final ErasureRequestRepository requests;
    private final List<ErasureStep> steps;
    private final RegisteredPersons persons;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    ErasureService(ErasureRequestRepository requests, List<ErasureStep> steps, RegisteredPersons persons, ChangeFeed feed,
                   AuditLog audit, PlatformTransactionManager txManager) {
        this.requests = requests;
        this.steps = steps;
        this.persons = persons;
        this.feed = feed;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
    }

    public ErasureRequest request(String personId, String reason) {
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) throw InvalidRequestException.of("reason", "say why the person's data is erased");
        if (why.length() > MAX_REASON) {
            throw new InvalidRequestException(List.of(new FieldProblem("reason", "must be at most " + MAX_REASON + " characters")));
        }
        if (persons.byIds(List.of(personId)).isEmpty()) throw new NotFoundException("person", personId);
        ErasureRequest r = new ErasureRequest(Ids.newId(), personId, why, ErasureRequest.PENDING, AuditLog.currentActor(),
                Timestamps.now(), null, null, null);
        tx.executeWithoutResult(s -> {
            requests.insert(r);
            audit.record("ERASURE_REQUESTED", "person", personId, "request=" + r.id());
        });
        return r;
    }

    /** Carries out a pending request; the approver must not be the one who asked. */
    public ErasureRequest approve(String id) {
        ErasureRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("erasure request", id));
        if (!ErasureRequest.PENDING.equals(r.status())) throw new ConflictException("erasure request " + id + " is " + r.status());
        String approver = AuditLog.currentActor();
        if (approver.equals(r.requestedBy())) {
            throw new AccessDeniedException("a second user must approve an erasure; " + approver + " asked for it");
        }
        tx.executeWithoutResult(s -> {
            List<PersonFacts> record = persons.byIds(List.of(r.personId()));
            if (record.isEmpty()) throw new ConflictException("person " + r.personId() + " no longer exists");
            Map<String, Integer> counts = new TreeMap<>();
            for (ErasureStep step : steps) step.erase(r.personId()).forEach((k, v) -> counts.merge(k, v, Integer::sum));
            if (!requests.markDone(id, approver, Timestamps.now(), counts)) throw new ConflictException("erasure request " + id + " was approved meanwhile");
            feed.record(ChangeKind.ERASED, record.get(0).householdId(), List.of(r.personId()));
            audit.record("ERASED", "person", r.personId(), "request=" + id + " asked by " + r.requestedBy() + " erased " + counts);
        });
        return requests.find(id).orElseThrow();
    }

    public List<ErasureRequest> pending(int limit) {
        return requests.list(ErasureRequest.PENDING, limit);
    }

    public long pendingCount() {
        return requests.count(ErasureRequest.PENDING);
    }

    public ErasureRequest get(String id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("erasure request", id));
    }
}
