package am.haven.dedup;

import am.haven.changes.ChangeFeed;
import am.haven.match.LinkResult;
import am.haven.match.Linker;
import am.haven.match.Record;
import am.haven.match.ScoredPair;
import am.haven.match.TrainingOptions;
import am.haven.match.model.LinkageModel;
import am.haven.registration.RegisteredPersons;
import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.Ids;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch re-linking: retrains the model on the current population (when it is large enough to
 * train on), links everyone, keeps every human decision, and moves records whose identity changed.
 * Runs in the background with progress in {@code relink_job}; the application keeps serving
 * (searches use the previous index) and registrations made meanwhile keep their durable markers
 * and are matched with the new model once the relink finishes.
 */
@Service
public class RelinkService {

    private static final Logger log = LoggerFactory.getLogger(RelinkService.class);
    /** Below this many records the current model is kept: EM on a handful of records is noise. */
    static final int MIN_TRAINING = 1_000;
    private static final int CHUNK = 2_000;

    private final RegisteredPersons persons;
    private final ActiveModel models;
    private final ModelRepository modelStore;
    private final IdentityRepository identities;
    private final DecisionRepository decisions;
    private final ReviewRepository reviews;
    private final ChangeFeed feed;
    private final JobRepository jobs;
    private final PersonIndex index;
    private final MatchWorker worker;
    private final Explanations explanations;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "haven-dedup-relink");
        t.setDaemon(true);
        return t;
    });

    RelinkService(RegisteredPersons persons, ActiveModel models, ModelRepository modelStore,
                  IdentityRepository identities, DecisionRepository decisions, ReviewRepository reviews,
                  ChangeFeed feed, JobRepository jobs, PersonIndex index, MatchWorker worker,
                  Explanations explanations, AuditLog audit, JsonMapper json, PlatformTransactionManager txManager) {
        this.persons = persons;
        this.models = models;
        this.modelStore = modelStore;
        this.identities = identities;
        this.decisions = decisions;
        this.reviews = reviews;
        this.feed = feed;
        this.jobs = jobs;
        this.index = index;
        this.worker = worker;
        this.explanations = explanations;
        this.audit = audit;
        this.json = json;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Starts a relink in the background; refused while one runs. Returns the job id. */
    public String start() {
        String id = lease(AuditLog.currentActor());
        background.execute(() -> run(id));
        return id;
    }

    /** Runs a relink on the calling thread (the command line); returns the finished job. */
    public RelinkJob runNow(String actor) {
        String id = lease(actor);
        run(id);
        return jobs.find(id).orElseThrow();
    }

    String lease(String actor) {
        String id = tx.execute(s -> jobs.start(actor).orElse(null));
        if (id == null) {
            throw new ConflictException("a relink is already running: " + jobs.running().map(RelinkJob::id).orElse("?"));
        }
        tx.executeWithoutResult(s -> audit.record("RELINK", "relink_job", id, "started"));
        return id;
    }

    public java.util.Optional<RelinkJob> job(String id) {
        return jobs.find(id);
    }

    public List<RelinkJob> recentJobs() {
        return jobs.recent(20);
    }

    /** Runs the job that {@link #lease} started. */
    void run(String jobId) {
        long started = System.currentTimeMillis();
        worker.pause();
        // Some engine stages run for minutes without reporting; the heartbeat keeps other instances
        // from taking the job for dead (and matching, or relinking, underneath it).
        var heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "haven-dedup-relink-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(() -> {
            try {
                tx.executeWithoutResult(s -> jobs.heartbeat(jobId));
            } catch (RuntimeException e) {
                log.warn("relink {} heartbeat failed: {}", jobId, e.toString());
            }
        }, 30, 30, java.util.concurrent.TimeUnit.SECONDS);
        try {
            Map<String, Object> report = relink(jobId);
            report.put("durationMs", System.currentTimeMillis() - started);
            tx.executeWithoutResult(s -> jobs.finish(jobId, "DONE", json.writeValueAsString(report)));
            log.info("relink {} done: {}", jobId, report);
        } catch (RuntimeException e) {
            log.error("relink {} failed", jobId, e);
            String message = json.writeValueAsString(Map.of("error", String.valueOf(e.getMessage())));
            tx.executeWithoutResult(s -> jobs.finish(jobId, "FAILED", message));
        } finally {
            heartbeat.shutdownNow();
            worker.resume();
        }
    }

    private Map<String, Object> relink(String jobId) {
        // Every entry up to here is in what this relink reads; those after it are matched afterwards.
        long readFrom = feed.head();
        List<Record> records = new ArrayList<>();
        persons.forEach(f -> {
            records.add(PersonRecords.of(f));
            if (records.size() % 50_000 == 0) progress(jobId, "reading", records.size(), 0);
        });
        progress(jobId, "linking", 0, records.size());
        ActiveModel.Versioned current = models.refresh();
        boolean train = records.size() >= MIN_TRAINING;
        LinkageModel old = current.linker().model();
        LinkResult result;
        if (train) {
            // The admin's thresholds carry over to the retrained model.
            TrainingOptions options = TrainingOptions.defaults().withThreshold(old.threshold())
                    .withClusterDensity(old.clusterDensity());
            result = Linker.trainAndLink(PersonRecords.SCHEMA, records, options,
                    (stage, done, total) -> progress(jobId, stage, done, total));
        } else {
            result = current.linker().link(records, (stage, done, total) -> progress(jobId, stage, done, total));
        }
        LinkageModel model = train
                ? result.linker().withThresholds(old.threshold(), old.possibleThreshold()).model()
                : result.linker().model();
        progress(jobId, "clustering", 0, records.size());

        Map<String, Integer> slot = new HashMap<>();
        for (int i = 0; i < records.size(); i++) slot.put(records.get(i).id(), i);
        List<DecisionRepository.Stored> inForce = decisions.allInForce();
        Set<Long> decided = new HashSet<>();
        List<int[]> same = new ArrayList<>(), different = new ArrayList<>();
        for (DecisionRepository.Stored d : inForce) {
            Integer a = slot.get(d.left()), b = slot.get(d.right());
            if (a == null || b == null) continue;
            decided.add(pairKey(a, b));
            if (d.decision() == Decision.SAME) same.add(new int[] {a, b});
            if (d.decision() == Decision.DIFFERENT) different.add(new int[] {a, b});
        }
        List<ConstrainedClusters.Edge> links = new ArrayList<>();
        List<ScoredPair> possible = new ArrayList<>();
        for (ScoredPair p : result.pairs()) {
            int a = slot.get(p.leftId()), b = slot.get(p.rightId());
            boolean decisive = AutoLinkPolicy.hasDecisiveDisagreement(
                    new am.haven.match.Candidate(p.rightId(), p.probability(), p.matchWeight(), p.explanation()));
            if (p.probability() >= model.threshold() && !decisive) links.add(new ConstrainedClusters.Edge(a, b, p.probability()));
            else if (!decided.contains(pairKey(a, b)) && p.probability() >= model.possibleThreshold()) possible.add(p);
        }
        int[] group = ConstrainedClusters.cluster(records.size(), links, same, different, model.clusterDensity(),
                model.threshold());

        Map<String, String> before = identities.all();
        String[] target = identityIds(records, group, before);

        int version = current.version();
        if (train) {
            version = tx.execute(s -> modelStore.insertActive(model, "relink " + jobId, "trained by relink " + jobId
                    + " on " + records.size() + " records"));
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!target[i].equals(before.get(records.get(i).id()))) changed.add(i);
        }
        final int modelVersion = version;
        int moved = 0;
        for (int from = 0; from < changed.size(); from += CHUNK) {
            List<Integer> chunk = changed.subList(from, Math.min(changed.size(), from + CHUNK));
            moved += tx.execute(s -> {
                int n = 0;
                for (int i : chunk) {
                    if (identities.assign(jobId, records.get(i).id(), target[i], Source.RELINK, "system", null, modelVersion,
                            "relink " + jobId)) n++;
                }
                return n;
            });
            progress(jobId, "applying", from + chunk.size(), changed.size());
        }
        // The entries this relink read are linked: matching goes on after them.
        tx.executeWithoutResult(s -> feed.skipTo(MatchWorker.CONSUMER, readFrom));
        int[] reviewCounts = tx.execute(s -> reviewQueue(records, slot, target, possible, modelVersion));

        Set<String> identitiesBefore = new HashSet<>(before.values());
        Set<String> identitiesAfter = new HashSet<>(List.of(target));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("records", records.size());
        report.put("trained", train);
        report.put("modelVersion", modelVersion);
        report.put("candidatePairs", result.candidatePairs());
        report.put("links", links.size());
        report.put("humanSame", same.size());
        report.put("humanDifferent", different.size());
        report.put("recordsMoved", moved);
        report.put("identitiesBefore", identitiesBefore.size());
        report.put("identitiesAfter", identitiesAfter.size());
        report.put("identitiesNew", identitiesAfter.stream().filter(i -> !identitiesBefore.contains(i)).count());
        report.put("identitiesGone", identitiesBefore.stream().filter(i -> !identitiesAfter.contains(i)).count());
        report.put("reviewOpened", reviewCounts[0]);
        report.put("reviewClosed", reviewCounts[1]);
        progress(jobId, "indexing", 0, records.size());
        index.rebuild();
        return report;
    }

    /** Keeps each group's most common current identity id (largest groups choose first), else a new id. */
    private static String[] identityIds(List<Record> records, int[] group, Map<String, String> before) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < group.length; i++) members.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
        List<List<Integer>> groups = new ArrayList<>(members.values());
        groups.sort((x, y) -> y.size() != x.size() ? Integer.compare(y.size(), x.size())
                : records.get(x.get(0)).id().compareTo(records.get(y.get(0)).id()));
        Set<String> used = new HashSet<>();
        String[] out = new String[group.length];
        for (List<Integer> g : groups) {
            Map<String, Integer> votes = new HashMap<>();
            for (int i : g) {
                String id = before.get(records.get(i).id());
                if (id != null && !used.contains(id)) votes.merge(id, 1, Integer::sum);
            }
            String chosen = votes.entrySet().stream()
                    .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey())
                            : Integer.compare(a.getValue(), b.getValue()))
                    .map(Map.Entry::getKey).orElseGet(Ids::newId);
            used.add(chosen);
            for (int i : g) out[i] = chosen;
        }
        return out;
    }

    /** Opens review items for possible pairs now in different identities; closes those resolved. */
    private int[] reviewQueue(List<Record> records, Map<String, Integer> slot, String[] target,
                              List<ScoredPair> possible, int modelVersion) {
        int opened = 0, closed = 0;
        for (ScoredPair p : possible) {
            int a = slot.get(p.leftId()), b = slot.get(p.rightId());
            if (target[a].equals(target[b])) continue;
            if (reviews.open(p.leftId(), p.rightId(), p.probability(), explanations.write(p.explanation()), modelVersion)) {
                opened++;
            }
        }
        for (ReviewRepository.Item item : reviews.allPending()) {
            Integer a = slot.get(item.left()), b = slot.get(item.right());
            if (a != null && b != null && target[a].equals(target[b])) closed += reviews.closeOpen(item.left(), item.right());
        }
        return new int[] {opened, closed};
    }

    private long lastProgress;

    // Engine stages report often and from several threads; one write a second is enough.
    private synchronized void progress(String jobId, String phase, long done, long total) {
        long now = System.currentTimeMillis();
        if (now - lastProgress < 1000 && done != 0 && done != total) return;
        lastProgress = now;
        tx.executeWithoutResult(s -> jobs.progress(jobId, phase, done, total));
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
