package am.haven.dedup;

import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Identities for other features and people: who belongs to which identity, and the reversible human
 * operations on them (merge, split, attach, undo). Every operation is one transaction that also
 * writes its history, the human decisions it implies (so a relink respects it) and an audit event.
 */
@Service
public class IdentityService implements am.haven.registration.PersonIdentities {

    /** An identity's records with their history. */
    public record IdentityView(String id, List<PersonFacts> records, List<IdentityRepository.Event> history) {}

    /** The result of a human operation: its id (for undo) and the identities it touched. */
    public record OperationResult(String operationId, String kind, List<String> identityIds) {}

    private final IdentityRepository identities;
    private final DecisionRepository decisions;
    private final ReviewRepository reviews;
    private final RegisteredPersons persons;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    IdentityService(IdentityRepository identities, DecisionRepository decisions, ReviewRepository reviews,
                    RegisteredPersons persons, AuditLog audit, PlatformTransactionManager txManager) {
        this.identities = identities;
        this.decisions = decisions;
        this.reviews = reviews;
        this.persons = persons;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
    }

    /** The identity a person record belongs to; empty while the record waits to be matched. */
    @Override
    public Optional<String> identityOf(String personId) {
        return identities.identityOf(personId);
    }

    @Override
    public boolean exists(String identityId) {
        return !identities.members(identityId).isEmpty();
    }

    /**
     * The clerk's attachment at registration, in the registration's transaction: recorded like a
     * reviewer's SAME (operation, history, decision, audit), so the matcher keeps it, a relink keeps
     * it, and a split or an undo reverses it. The record's "to be matched" marker stays: the matcher
     * still indexes it and opens reviews for other possible matches.
     */
    @Override
    public void attachNew(String personId, String identityId, String actor, String field) {
        List<String> target = identities.members(identityId);
        if (target.isEmpty()) throw InvalidRequestException.of(field, "is not a known identity: '" + identityId + "'");
        String op = identities.insertOperation("ATTACH", actor, "person=" + personId + " identity=" + identityId
                + " at registration");
        identities.assign(op, personId, identityId, Source.HUMAN, actor, null, null, "attached at registration");
        decisions.insert(personId, target.get(0), Decision.SAME, actor, null, op, "attach at registration");
        audit.record(actor, "ATTACH", "identity", identityId, "operation=" + op + " person=" + personId + " at registration");
    }

    /** Identities of many records at once; unmatched records are left out. */
    public Map<String, String> identitiesOf(Collection<String> personIds) {
        return identities.identitiesOf(personIds);
    }

    /** An identity's records and history; the read is audited. */
    public IdentityView identity(String identityId) {
        List<String> members = identities.members(identityId);
        if (members.isEmpty()) throw new NotFoundException("identity", identityId);
        List<PersonFacts> records = new ArrayList<>(persons.byIds(members));
        records.sort(java.util.Comparator.comparing(PersonFacts::personId));
        audit.recordRead("person", members, "identity=" + identityId);
        return new IdentityView(identityId, records, identities.historyOfIdentity(identityId));
    }

    /**
     * Splits records out of an identity, each into an identity of its own (all of them when
     * {@code personIds} is empty; the oldest record keeps the identity id). Records "different"
     * decisions between the parts so a relink keeps them apart.
     */
    public OperationResult split(String identityId, List<String> personIds) {
        String actor = AuditLog.currentActor();
        return tx.execute(s -> {
            List<String> members = identities.members(identityId);
            if (members.isEmpty()) throw new NotFoundException("identity", identityId);
            List<String> out = personIds == null || personIds.isEmpty() ? members.subList(1, members.size()) : personIds;
            for (String p : out) {
                if (!members.contains(p)) {
                    throw InvalidRequestException.of("personIds", "person " + p + " is not in identity " + identityId);
                }
            }
            if (out.isEmpty()) throw InvalidRequestException.of("personIds", "an identity of one record cannot be split");
            String op = identities.insertOperation("SPLIT", actor, "identity=" + identityId + " persons=" + out);
            List<String> touched = new ArrayList<>(List.of(identityId));
            Set<String> moved = new HashSet<>(out);
            for (String p : out) {
                String fresh = Ids.newId();
                identities.assign(op, p, fresh, Source.HUMAN, actor, null, null, "split from " + identityId);
                touched.add(fresh);
            }
            for (String p : out) {
                for (String m : members) {
                    if (m.equals(p) || moved.contains(m) && m.compareTo(p) > 0) continue;
                    decisions.insert(p, m, Decision.DIFFERENT, actor, null, op, "split");
                }
            }
            audit.record("SPLIT", "identity", identityId, "operation=" + op + " persons=" + out);
            return new OperationResult(op, "SPLIT", touched);
        });
    }

    /** Moves every record of {@code otherId} into {@code identityId}; refused if a person said they differ. */
    public OperationResult merge(String identityId, String otherId) {
        String actor = AuditLog.currentActor();
        return tx.execute(s -> mergeInTx(identityId, otherId, actor, "MERGE", null, null));
    }

    OperationResult mergeInTx(String identityId, String otherId, String actor, String kind, String reviewId,
                              String[] decisionPair) {
        if (identityId.equals(otherId)) throw InvalidRequestException.of("identityId", "cannot merge an identity with itself");
        List<String> keep = identities.members(identityId);
        List<String> move = identities.members(otherId);
        if (keep.isEmpty()) throw new NotFoundException("identity", identityId);
        if (move.isEmpty()) throw new NotFoundException("identity", otherId);
        refuseIfDifferent(keep, move);
        String op = identities.insertOperation(kind, actor, "identity=" + identityId + " merged=" + otherId);
        for (String p : move) identities.assign(op, p, identityId, Source.HUMAN, actor, null, null, "merged from " + otherId);
        String a = decisionPair == null ? keep.get(0) : decisionPair[0];
        String b = decisionPair == null ? move.get(0) : decisionPair[1];
        decisions.insert(a, b, Decision.SAME, actor, reviewId, op, kind.toLowerCase(java.util.Locale.ROOT));
        closeReviewsBetween(keep, move);
        audit.record("MERGE", "identity", identityId, "operation=" + op + " merged=" + otherId + " persons=" + move);
        return new OperationResult(op, kind, List.of(identityId, otherId));
    }

    /** Attaches one record (e.g. just registered at the desk) to an existing identity. */
    public OperationResult attach(String personId, String identityId) {
        String actor = AuditLog.currentActor();
        return tx.execute(s -> {
            List<String> target = identities.members(identityId);
            if (target.isEmpty()) throw new NotFoundException("identity", identityId);
            if (persons.byIds(List.of(personId)).isEmpty()) throw new NotFoundException("person", personId);
            refuseIfDifferent(target, List.of(personId));
            String previous = identities.identityOf(personId).orElse(null);
            String op = identities.insertOperation("ATTACH", actor, "person=" + personId + " identity=" + identityId);
            identities.assign(op, personId, identityId, Source.HUMAN, actor, null, null, "attached by a person");
            decisions.insert(personId, target.get(0), Decision.SAME, actor, null, op, "attach");
            closeReviewsBetween(target, List.of(personId));
            audit.record("ATTACH", "identity", identityId, "operation=" + op + " person=" + personId
                    + (previous == null ? "" : " from=" + previous));
            return new OperationResult(op, "ATTACH", previous == null ? List.of(identityId) : List.of(identityId, previous));
        });
    }

    /**
     * Reverses an operation: every record it moved goes back where it was, and the decisions it
     * recorded are retracted. Refused when a record has moved again since (undo the later one first).
     */
    public OperationResult undo(String operationId) {
        String actor = AuditLog.currentActor();
        return tx.execute(s -> undoInTx(operationId, actor));
    }

    OperationResult undoInTx(String operationId, String actor) {
        IdentityRepository.Operation op = identities.operation(operationId)
                .orElseThrow(() -> new NotFoundException("operation", operationId));
        if (op.undoneAt() != null) throw new ConflictException("operation " + operationId + " was already undone");
        List<IdentityRepository.Event> events = identities.eventsOfOperation(operationId);
        for (IdentityRepository.Event e : events) {
            String now = identities.identityOf(e.personId()).orElse(null);
            if (!e.identityId().equals(now)) {
                throw new ConflictException("person " + e.personId() + " moved again after operation " + operationId
                        + "; undo the later change first");
            }
        }
        String undo = identities.insertOperation("UNDO", actor, "undo=" + operationId);
        Set<String> touched = new LinkedHashSet<>();
        for (IdentityRepository.Event e : events) {
            // A record attached when it was registered had no identity before: it gets one of its own.
            String back = e.previousIdentityId() != null ? e.previousIdentityId() : Ids.newId();
            identities.assign(undo, e.personId(), back, Source.HUMAN, actor, null, null, "undo of " + operationId);
            touched.add(e.identityId());
            touched.add(back);
        }
        for (DecisionRepository.Stored d : decisions.ofOperation(operationId)) {
            decisions.retract(d.id(), actor);
            reviews.reopenFor(d.id());
        }
        identities.markUndone(operationId, actor, undo);
        audit.record("UNDO", "identity_operation", operationId, "operation=" + undo);
        return new OperationResult(undo, "UNDO", List.copyOf(touched));
    }

    private void refuseIfDifferent(List<String> a, List<String> b) {
        Set<String> other = new HashSet<>(b);
        for (String p : a) {
            for (DecisionRepository.Stored d : decisions.involving(p)) {
                String q = d.left().equals(p) ? d.right() : d.left();
                if (d.decision() == Decision.DIFFERENT && other.contains(q)) {
                    throw new ConflictException("a person decided that " + p + " and " + q
                            + " are different people (decision " + d.id() + "); retract it first");
                }
            }
        }
    }

    private void closeReviewsBetween(List<String> a, List<String> b) {
        for (String p : a) for (String q : b) reviews.closeOpen(p, q);
    }
}
