package am.haven.tracing;

import am.haven.changes.ChangeBatch;
import am.haven.changes.ChangeFeed;
import am.haven.changes.SharedConsumer;
import am.haven.security.AuditLog;
import am.haven.support.Timestamps;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds candidates for tracing cases: new registrations against every open case, and a case's
 * sought person against the whole population. A candidate from a new registration must be
 * {@linkplain SearchIndex.Hit#plausible() plausible}: every name given for the sought person met,
 * mostly closely, and no contradicting birth year or sex. Caseworkers see it flagged as new in the UI.
 */
@Component
class CaseMatcher implements SharedConsumer {

    private final SearchIndex index;
    private final CaseRepository cases;
    private final ChangeFeed feed;
    private final TracingWorker searchIndex;
    private final TransactionTemplate tx;

    CaseMatcher(SearchIndex index, CaseRepository cases, ChangeFeed feed, TracingWorker searchIndex,
                PlatformTransactionManager txManager) {
        this.index = index;
        this.cases = cases;
        this.feed = feed;
        this.searchIndex = searchIndex;
        this.tx = new TransactionTemplate(txManager);
    }

    @Override
    public String name() {
        return "tracing-cases";
    }

    @Override
    public boolean ready() {
        return searchIndex.loaded();
    }

    @Override
    public int batchSize() {
        return 1_000;
    }

    /**
     * New and corrected persons of the feed against every open case: a person who now fits a case
     * becomes its candidate, once, whichever instance gets there first.
     */
    @Override
    public void apply(ChangeBatch batch) {
        List<Found> found = candidatesAmong(batch.personIds());
        tx.executeWithoutResult(s -> {
            if (!feed.advance(name(), batch.from(), batch.to())) {
                s.setRollbackOnly();
                return;
            }
            store(found, "registration");
        });
    }

    private List<Found> candidatesAmong(List<String> personIds) {
        List<CaseRepository.Row> open = cases.open();
        List<Found> found = new ArrayList<>();
        if (open.isEmpty()) return found;
        for (CaseRepository.Row c : open) {
            List<NameQuery> queries = NameQuery.forSought(c.sought());
            for (String personId : personIds) {
                SearchIndex.Hit best = null;
                for (NameQuery q : queries) {
                    SearchIndex.Hit h = index.score(q, personId);
                    if (h != null && (best == null || h.weight() > best.weight())) best = h;
                }
                if (best != null && best.plausible()) {
                    found.add(new Found(c.id(), best));
                }
            }
        }
        return found;
    }

    /** Searches the population for a case's sought person and keeps the best candidates. */
    void searchForCase(String caseId) {
        CaseRepository.Row c = cases.find(caseId).orElse(null);
        if (c == null) return;
        List<Found> found = new ArrayList<>();
        for (NameQuery q : NameQuery.forSought(c.sought())) {
            for (SearchIndex.Hit h : index.search(q, 10, false)) {
                if (h.unmatchedWords() < q.words().size()) found.add(new Found(caseId, h));
            }
        }
        store(found, "search");
    }

    private record Found(String caseId, SearchIndex.Hit hit) {}

    private void store(List<Found> found, String foundBy) {
        if (found.isEmpty()) return;
        String now = Timestamps.now();
        String actor = AuditLog.currentActor();
        tx.executeWithoutResult(s -> {
            for (Found f : found) {
                boolean added = cases.upsertCandidate(f.caseId(), f.hit().personId(), round(f.hit().probability()),
                        String.join("\n", f.hit().explanation()), now, foundBy);
                if (added) cases.addEvent(f.caseId(), now, actor, "candidate", foundBy + " person=" + f.hit().personId());
            }
        });
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
