package am.haven.tracing;

import am.haven.dedup.IdentityService;
import am.haven.match.normalize.Phones;
import am.haven.security.AuditLog;
import am.haven.support.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Searches every registration by free text in any script (family, given and patronymic in any
 * order, typos tolerated) with optional birth year, sex, origin and phone. Each result shown is an
 * audited read. Other features may call {@link #search}; it checks no role itself.
 */
@Service
public class PersonSearch {

    /**
     * One result: the person, the identity it belongs to, a probability-like score and why. With
     * {@code declinedTracing}, a household of this person answered no to tracing: the caseworker
     * may know the person is registered but must not tell an enquirer where they are without a new
     * consent (the tracing desk's rule, shown with every such result).
     */
    public record Result(String personId, String identityId, double score, double matchWeight, List<String> explanation,
                         boolean declinedTracing) {}

    /** The answer of {@code GET /api/v1/persons/search}. */
    public record Results(List<Result> results) {}

    private final SearchIndex index;
    private final TracingWorker loading;
    private final IdentityService identities;
    private final AuditLog audit;

    PersonSearch(SearchIndex index, TracingWorker loading, IdentityService identities, AuditLog audit) {
        this.index = index;
        this.loading = loading;
        this.identities = identities;
        this.audit = audit;
    }

    /** Searches, best first, at most {@code limit} identities; audits every person returned. */
    public Results search(String q, Integer birthYear, String sex, String origin, String phone, int limit) {
        List<FieldProblem> problems = CaseValidator.problems();
        if (limit < 1 || limit > 100) problems.add(new FieldProblem("limit", "must be from 1 to 100"));
        CaseValidator.fits(q, "q", CaseValidator.MAX_LINE, problems);
        CaseValidator.fits(origin, "origin", CaseValidator.MAX_LINE, problems);
        if (sex != null && !sex.isBlank() && !sex.trim().equalsIgnoreCase("F") && !sex.trim().equalsIgnoreCase("M")) {
            problems.add(new FieldProblem("sex", "must be F or M"));
        }
        if (birthYear != null && (birthYear < 1880 || birthYear > 2100)) {
            problems.add(new FieldProblem("birthYear", "must be a year such as 1961"));
        }
        if (phone != null && !phone.isBlank() && Phones.validE164OrNull(phone, "AM") == null) {
            problems.add(new FieldProblem("phone", "is not a phone number"));
        }
        NameQuery query = NameQuery.parse(q, birthYear, sex, origin, phone);
        if (query.isEmpty()) problems.add(new FieldProblem("q", "give at least one name (or a phone number)"));
        CaseValidator.throwIfAny(problems);
        loading.requireLoaded();
        List<SearchIndex.Hit> hits = index.search(query, limit * 3, false);
        List<Result> results = groupByIdentity(hits, limit);
        if (!results.isEmpty()) {
            audit.recordRead("person", results.stream().map(Result::personId).toList(), "tracing search");
        }
        return new Results(results);
    }

    /**
     * One result per identity (its best-scoring record), identities as de-duplication resolved
     * them; a record still waiting to be matched stands for itself.
     */
    private List<Result> groupByIdentity(List<SearchIndex.Hit> hits, int limit) {
        Map<String, String> identityOf = identities.identitiesOf(hits.stream().map(SearchIndex.Hit::personId).toList());
        Map<String, Result> byIdentity = new LinkedHashMap<>();
        Set<String> declined = new HashSet<>();
        for (SearchIndex.Hit h : hits) {
            String identity = identityOf.getOrDefault(h.personId(), h.personId());
            // One registration that declined is the person's answer, whichever record scored best.
            if (!h.consentedToTracing()) declined.add(identity);
            byIdentity.putIfAbsent(identity, new Result(h.personId(), identity, round(h.probability()), round(h.weight()),
                    h.explanation(), false));
        }
        byIdentity.replaceAll((identity, r) -> declined.contains(identity)
                ? new Result(r.personId(), r.identityId(), r.score(), r.matchWeight(), r.explanation(), true) : r);
        List<Result> out = new ArrayList<>(byIdentity.values());
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
