package am.haven.dedup;

import am.haven.match.Contribution;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review queue: possible matches shown to caseworkers side by side, and their decisions.
 * SAME merges the two identities, DIFFERENT keeps (or puts) the records apart for good, UNSURE
 * records the doubt; every decision is stored apart from machine links and can be retracted.
 */
@Service
public class ReviewService {

    /** A review item for the API: the pair, its score and each field's contribution. */
    public record Item(String id, String left, String right, double probability, List<Contribution> explanation,
                       int modelVersion, String status, String createdAt, String decisionId) {}

    /** An item with both records, for the side-by-side view. */
    public record Detail(Item item, PersonFacts leftRecord, PersonFacts rightRecord, String leftIdentityId,
                         String rightIdentityId) {}

    /** A page of items. */
    public record Page(List<Item> items, long total) {}

    /** What a decision did. */
    public record Outcome(String id, Decision decision, String operationId) {}

    private final ReviewRepository reviews;
    private final DecisionRepository decisions;
    private final IdentityRepository identities;
    private final IdentityService identityService;
    private final RegisteredPersons persons;
    private final Explanations explanations;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    ReviewService(ReviewRepository reviews, DecisionRepository decisions, IdentityRepository identities,
                  IdentityService identityService, RegisteredPersons persons, Explanations explanations,
                  AuditLog audit, PlatformTransactionManager txManager) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.identities = identities;
        this.identityService = identityService;
        this.persons = persons;
        this.explanations = explanations;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
    }

    public Page list(String status, int offset, int limit) {
        ReviewRepository.Status s = parseStatus(status);
        if (offset < 0) throw InvalidRequestException.of("offset", "must be 0 or more");
        if (limit < 1 || limit > 500) throw InvalidRequestException.of("limit", "must be from 1 to 500");
        List<Item> items = reviews.list(s, offset, limit).stream().map(this::item).toList();
        if (!items.isEmpty()) {
            audit.recordRead("review_item", items.stream().map(Item::id).toList(), "review queue");
        }
        return new Page(items, reviews.count(s));
    }

    /** One item with both records; the read of the two records is audited. */
    public Detail detail(String id) {
        Item item = item(reviews.find(id).orElseThrow(() -> new NotFoundException("review item", id)));
        Map<String, PersonFacts> facts = persons.byIds(List.of(item.left(), item.right())).stream()
                .collect(Collectors.toMap(PersonFacts::personId, Function.identity()));
        audit.recordRead("person", List.of(item.left(), item.right()), "review=" + id);
        return new Detail(item, facts.get(item.left()), facts.get(item.right()),
                identities.identityOf(item.left()).orElse(null), identities.identityOf(item.right()).orElse(null));
    }

    /** Settles a pending item. */
    public Outcome decide(String reviewId, String decisionText) {
        Decision decision = parseDecision(decisionText);
        String actor = AuditLog.currentActor();
        return tx.execute(s -> {
            ReviewRepository.Item item = reviews.find(reviewId)
                    .orElseThrow(() -> new NotFoundException("review item", reviewId));
            if (item.status() != ReviewRepository.Status.PENDING) {
                throw new ConflictException("review item " + reviewId + " is already " + item.status());
            }
            Outcome o = decideInTx(item.left(), item.right(), decision, actor, reviewId);
            reviews.settle(reviewId, ReviewRepository.Status.DECIDED, o.id());
            return o;
        });
    }

    /** Records a decision about any two records, without a review item. */
    public Outcome decidePair(String left, String right, String decisionText) {
        Decision decision = parseDecision(decisionText);
        if (left == null || right == null || left.equals(right)) {
            throw InvalidRequestException.of("right", "two different person ids are needed");
        }
        String actor = AuditLog.currentActor();
        return tx.execute(s -> {
            if (persons.byIds(List.of(left, right)).size() != 2) throw new NotFoundException("person", left + "," + right);
            Outcome o = decideInTx(left, right, decision, actor, null);
            reviews.closeOpen(left, right);
            return o;
        });
    }

    private Outcome decideInTx(String left, String right, Decision decision, String actor, String reviewId) {
        String li = identities.identityOf(left).orElseThrow(() -> new ConflictException("person " + left + " is not matched yet"));
        String ri = identities.identityOf(right).orElseThrow(() -> new ConflictException("person " + right + " is not matched yet"));
        switch (decision) {
            case SAME -> {
                if (li.equals(ri)) {
                    String id = decisions.insert(left, right, Decision.SAME, actor, reviewId, null, "review");
                    audit.record("DECIDE", "person_pair", left, "right=" + right + " decision=SAME");
                    return new Outcome(id, decision, null);
                }
                IdentityService.OperationResult op = identityService.mergeInTx(li, ri, actor, "REVIEW", reviewId,
                        new String[] {left, right});
                String id = decisions.ofOperation(op.operationId()).get(0).id();
                return new Outcome(id, decision, op.operationId());
            }
            case DIFFERENT -> {
                String op = null;
                if (li.equals(ri)) {
                    op = identities.insertOperation("REVIEW", actor, "different " + left + " " + right);
                    identities.assign(op, right, am.haven.support.Ids.newId(), Source.HUMAN, actor, null, null,
                            "a reviewer decided it differs from " + left);
                }
                String id = decisions.insert(left, right, Decision.DIFFERENT, actor, reviewId, op, "review");
                audit.record("DECIDE", "person_pair", left, "right=" + right + " decision=DIFFERENT");
                return new Outcome(id, decision, op);
            }
            default -> {
                String id = decisions.insert(left, right, Decision.UNSURE, actor, reviewId, null, "review");
                audit.record("DECIDE", "person_pair", left, "right=" + right + " decision=UNSURE");
                return new Outcome(id, decision, null);
            }
        }
    }

    /** Retracts a decision: the move it made is undone and its review item is open again. */
    public void retract(String decisionId) {
        String actor = AuditLog.currentActor();
        tx.executeWithoutResult(s -> {
            DecisionRepository.Stored d = decisions.find(decisionId)
                    .orElseThrow(() -> new NotFoundException("decision", decisionId));
            if (d.retractedAt() != null) throw new ConflictException("decision " + decisionId + " was already retracted");
            if (d.operationId() != null && identities.operation(d.operationId()).map(o -> o.undoneAt() == null).orElse(false)) {
                identityService.undoInTx(d.operationId(), actor);
            }
            decisions.retract(decisionId, actor);
            reviews.reopenFor(decisionId);
            audit.record("RETRACT", "match_decision", decisionId, null);
        });
    }

    private Item item(ReviewRepository.Item i) {
        return new Item(i.id(), i.left(), i.right(), i.probability(), explanations.read(i.explanation()),
                i.modelVersion(), i.status().name().toLowerCase(java.util.Locale.ROOT), i.createdAt(), i.decisionId());
    }

    private static ReviewRepository.Status parseStatus(String s) {
        try {
            return ReviewRepository.Status.valueOf((s == null ? "pending" : s).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("status", "must be pending, decided or closed");
        }
    }

    static Decision parseDecision(String s) {
        try {
            if (s == null) throw new IllegalArgumentException();
            return Decision.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("decision", "must be SAME, DIFFERENT or UNSURE");
        }
    }
}
