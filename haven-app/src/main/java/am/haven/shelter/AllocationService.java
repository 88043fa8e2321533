package am.haven.shelter;

import am.haven.registration.HouseholdProfile;
import am.haven.registration.HouseholdProfiles;
import am.haven.security.AuditLog;
import am.haven.shelter.allocation.AllocationProblem;
import am.haven.shelter.allocation.AllocationResult;
import am.haven.shelter.allocation.Allocator;
import am.haven.shelter.allocation.FillPolicy;
import am.haven.shelter.allocation.GreedyFirstFitDecreasing;
import am.haven.shelter.allocation.HouseholdDemand;
import am.haven.shelter.allocation.ProposedPlacement;
import am.haven.shelter.allocation.SiteOffer;
import am.haven.shelter.allocation.Weights;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import am.haven.support.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposes placements for waiting households. Reading and solving happen outside any transaction
 * (the solve can take the whole time limit); the proposal is then written in one short transaction.
 * Households already holding beds stay where they are: their beds count as taken and their origins
 * as present, and only the waiting households are moved by the optimizer.
 */
@Service
public class AllocationService {

    static final int DEFAULT_SECONDS = 10;
    static final int MAX_SECONDS = 300;

    private final HouseholdProfiles households;
    private final SiteRepository sites;
    private final PlacementRepository placements;
    private final AllocationRunRepository runs;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    AllocationService(HouseholdProfiles households, SiteRepository sites, PlacementRepository placements,
                      AllocationRunRepository runs, AuditLog audit, PlatformTransactionManager txManager,
                      JsonMapper json, Optional<Clock> clock) {
        this.households = households;
        this.sites = sites;
        this.placements = placements;
        this.runs = runs;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public AllocationRun allocate(AllocationRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Weights weights = weights(request.weights(), problems);
        int seconds = request.timeLimitSeconds() == null ? DEFAULT_SECONDS : request.timeLimitSeconds();
        if (seconds < 1 || seconds > MAX_SECONDS) problems.add(new FieldProblem("timeLimitSeconds", "must be from 1 to " + MAX_SECONDS));
        String method = request.method() == null ? "optimizer" : request.method().strip().toLowerCase(Locale.ROOT);
        if (!method.equals("optimizer") && !method.equals("greedy")) problems.add(new FieldProblem("method", "must be optimizer or greedy"));
        List<HouseholdProfile> waiting = waitingHouseholds(request, problems);
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);

        LocalDate today = LocalDate.now(clock);
        List<HouseholdDemand> demands = waiting.stream().map(h -> Demands.of(h, today)).toList();
        Map<String, Set<String>> origins = placements.residentOrigins();
        List<SiteOffer> offers = sites.list(null, SiteStatus.OPEN).stream().map(s -> Demands.of(s, origins)).toList();
        AllocationProblem problem = new AllocationProblem(demands, offers, weights);
        AllocationResult result = method.equals("greedy") ? new GreedyFirstFitDecreasing().solve(problem)
                : new Allocator().solve(problem, Duration.ofSeconds(seconds));
        return store(result, waiting, weights);
    }

    public AllocationRun get(String id) {
        AllocationRun r = runs.find(id).orElseThrow(() -> new NotFoundException("allocation", id));
        return withPlacements(r, placements.ofRun(id));
    }

    public Optional<AllocationRun> latest() {
        return runs.recentIds(1).stream().findFirst().map(this::get);
    }

    /** One page of a run's review: its placements (superseded ones left out) and counts by status. */
    public record ReviewPage(AllocationRun run, List<Placement> placements, Map<PlacementStatus, Integer> counts,
                             int page, int pages) {
        public int count(PlacementStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    /** The latest run's page {@code page} (from 0) of {@code size} placements, without reading the others. */
    public Optional<ReviewPage> latestReview(int page, int size) {
        return runs.recentIds(1).stream().findFirst().map(id -> review(id, page, size));
    }

    public ReviewPage review(String runId, int page, int size) {
        AllocationRun r = runs.find(runId).orElseThrow(() -> new NotFoundException("allocation", runId));
        Map<PlacementStatus, Integer> counts = placements.countsOfRun(runId);
        int shown = counts.entrySet().stream().filter(e -> e.getKey() != PlacementStatus.SUPERSEDED)
                .mapToInt(Map.Entry::getValue).sum();
        int pages = Math.max(1, (shown + size - 1) / size);
        int p = Math.min(Math.max(page, 0), pages - 1);
        return new ReviewPage(r, placements.ofRun(runId, p * size, size), counts, p, pages);
    }

    private AllocationRun store(AllocationResult result, List<HouseholdProfile> waiting, Weights weights) {
        String now = Timestamps.format(clock.instant());
        String actor = AuditLog.currentActor();
        Map<String, HouseholdProfile> byId = new HashMap<>();
        waiting.forEach(h -> byId.put(h.householdId(), h));
        List<Placement> proposed = new ArrayList<>();
        String runId = Ids.newId();
        for (ProposedPlacement p : result.placements()) {
            var c = p.cost();
            proposed.add(new Placement(Ids.newId(), p.householdId(), p.siteId(), runId, p.persons(),
                    byId.get(p.householdId()).originSettlement(), PlacementStatus.PROPOSED,
                    new Placement.Cost(c.region(), c.distance(), c.km(), c.fill(), c.origin(), c.total()),
                    now, null, null, null, null, actor, 1));
        }
        Double gap = Double.isFinite(result.gap()) ? result.gap() : null;
        AllocationRun run = new AllocationRun(runId, now, actor, result.method(), json.writeValueAsString(weights),
                waiting.size(), result.placements().size(), result.unplaced().size(), result.score(),
                result.lowerBound(), gap, result.hardViolations(), result.millis(), result.millisToFirstFeasible(),
                List.of(), result.unplaced());
        tx.executeWithoutResult(s -> {
            placements.supersedeProposals(byId.keySet(), actor);
            runs.insert(run);
            proposed.forEach(placements::insert);
            audit.record("CREATE", "allocation_run", runId, "households=" + waiting.size() + " placed=" + proposed.size());
        });
        return withPlacements(run, proposed);
    }

    private static AllocationRun withPlacements(AllocationRun r, List<Placement> ps) {
        return new AllocationRun(r.id(), r.createdAt(), r.createdBy(), r.method(), r.weights(), r.households(),
                r.placed(), r.unplacedCount(), r.score(), r.lowerBound(), r.gap(), r.hardViolations(), r.millis(),
                r.firstFeasibleMillis(), ps, r.unplaced());
    }

    private List<HouseholdProfile> waitingHouseholds(AllocationRequest request, List<FieldProblem> problems) {
        boolean listed = request.households() != null;
        boolean all = Boolean.TRUE.equals(request.waiting());
        if (listed == all) {
            problems.add(new FieldProblem("households", "give either households (a list of ids) or \"waiting\": true"));
            return List.of();
        }
        Set<String> settled = placements.settledHouseholds();
        if (all) return households.all().stream().filter(h -> !settled.contains(h.householdId())).toList();
        List<String> ids = request.households();
        if (ids.isEmpty()) problems.add(new FieldProblem("households", "must not be empty"));
        Map<String, HouseholdProfile> found = new HashMap<>();
        households.byIds(ids.stream().filter(java.util.Objects::nonNull).toList()).forEach(h -> found.put(h.householdId(), h));
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String field = "households[" + i + "]";
            if (id == null || !found.containsKey(id)) problems.add(new FieldProblem(field, "no household " + id));
            else if (!seen.add(id)) problems.add(new FieldProblem(field, "is listed twice"));
            else if (settled.contains(id)) problems.add(new FieldProblem(field, "already has or had a bed through Haven"));
        }
        return seen.stream().map(found::get).toList();
    }

    private static Weights weights(AllocationRequest.WeightsRequest w, List<FieldProblem> problems) {
        Weights d = Weights.DEFAULT;
        if (w == null) return d;
        FillPolicy policy = d.fillPolicy();
        if (w.fillPolicy() != null) {
            try {
                policy = FillPolicy.valueOf(w.fillPolicy().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("weights.fillPolicy", "must be EVEN or CONSOLIDATE"));
            }
        }
        double[] v = {
            weight(w.preferredRegion(), d.preferredRegion(), "weights.preferredRegion", problems),
            weight(w.distancePerKm(), d.distancePerKm(), "weights.distancePerKm", problems),
            weight(w.sameOrigin(), d.sameOrigin(), "weights.sameOrigin", problems),
            weight(w.fill(), d.fill(), "weights.fill", problems),
            weight(w.unplaced(), d.unplaced(), "weights.unplaced", problems),
            weight(w.vulnerableFirst(), d.vulnerableFirst(), "weights.vulnerableFirst", problems)};
        if (!problems.isEmpty()) return d;
        return new Weights(v[0], v[1], v[2], v[3], policy, v[4], v[5]);
    }

    private static double weight(Double value, double fallback, String field, List<FieldProblem> problems) {
        if (value == null) return fallback;
        if (!(value >= 0) || value.isInfinite() || value > 1e6) {
            problems.add(new FieldProblem(field, "must be from 0 to 1000000"));
            return fallback;
        }
        return value;
    }
}
