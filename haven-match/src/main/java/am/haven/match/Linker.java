package am.haven.match;

import am.haven.match.block.BlockingRule;
import am.haven.match.cluster.Clusterer;
import am.haven.match.model.LinkageModel;
import am.haven.match.model.ModelFiles;
import am.haven.match.score.Estimation;
import am.haven.match.score.FellegiSunter;
import am.haven.match.score.Sessions;
import am.haven.match.score.TermFrequencies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front door of haven-match: train a model from records, link a batch, compare two records, or
 * open a {@link MatchIndex} for incremental matching.
 *
 * <pre>{@code
 * Schema schema = Schema.builder().field("given", GIVEN_NAME).field("family", FAMILY_NAME)
 *         .field("dob", BIRTH_DATE).field("phone", PHONE).build();
 * Linker linker = Linker.train(schema, records, TrainingOptions.defaults());
 * linker.save(Path.of("model.json"));
 * MatchIndex index = linker.newIndex();
 * records.forEach(index::add);
 * List<Candidate> best = index.match(newcomer, 10);
 * }</pre>
 * A Linker is immutable and thread-safe.
 */
public final class Linker {
    /** Training note saying whether the twin rule ({@link TwinRule}) is on ("on: …") and why. */
    static final String TWIN_RULE = "twinRule";

    private final Engine engine;
    private final LinkageModel model;

    private Linker(Engine engine, LinkageModel model) {
        this.engine = engine;
        this.model = model;
    }

    /** Trains a model on {@code records} (unsupervised: u from random pairs, m by EM). */
    public static Linker train(Schema schema, List<Record> records, TrainingOptions options) {
        return trainAndLink(schema, records, options, Progress.NONE).linker();
    }

    /** Trains on {@code records} and links them in one pass, preparing each record once. */
    public static LinkResult trainAndLink(Schema schema, List<Record> records, TrainingOptions options,
                                          Progress progress) {
        return trainAndLink(schema, records, options, progress, null);
    }

    /**
     * As {@link #trainAndLink(Schema, List, TrainingOptions, Progress)}, and with {@code truth} (record id
     * to true entity id; training never sees it) also measures blocking: {@link LinkResult#blocking()}.
     */
    public static LinkResult trainAndLink(Schema schema, List<Record> records, TrainingOptions options,
                                          Progress progress, Map<String, String> truth) {
        return trainAndLink(schema, records, options, progress, truth, null);
    }

    /**
     * As {@link #trainAndLink(Schema, List, TrainingOptions, Progress, Map)} ({@code truth} may be null),
     * with unreadable values handled by {@code onInvalid}: {@link OnInvalidValue#TREAT_AS_MISSING} links
     * every record and lists those values in {@link LinkResult#invalidValues()}; {@link OnInvalidValue#FAIL}
     * throws {@link InvalidRecordException} for the first in input order (phones without digits included).
     */
    public static LinkResult trainAndLink(Schema schema, List<Record> records, TrainingOptions options,
                                          Progress progress, Map<String, String> truth, OnInvalidValue onInvalid) {
        if (records.size() < 2) throw new MatchException("training needs at least 2 records, got " + records.size());
        Engine untrained = new Engine(schema, options, null, null);
        Population pop = onInvalid == null ? Population.of(untrained, records, progress)
                : Population.of(untrained, records, progress, onInvalid);
        PairSet pairs = pop.candidatePairs(progress);
        progress.report("estimate u", 0, options.randomPairs());
        double[][] u = Estimation.estimateU(pop.size(), untrained.levelCounts(), options.randomPairs(),
                options.seed(), (i, j) -> untrained.levels(pop.values[i], pop.values[j]));
        double[][] fixed = new double[untrained.size()][];
        for (int c = 0; c < fixed.length; c++) fixed[c] = options.fixedM().get(untrained.comparisons.get(c).field());
        FieldType[] types = untrained.comparisons.stream().map(c -> c.type()).toArray(FieldType[]::new);
        Sessions.Estimate est = Sessions.estimate(new Sessions.Pairs(pairs.levels, pairs.width, pairs.size), u, types,
                fixed, options.emIterations());
        double[][] m = capGivenNameMismatch(fillMissing(est.m(), untrained), untrained, options, pairs);
        progress.report("em", options.emIterations(), options.emIterations());
        double matchesPerRecord = Math.max(1e-6, est.lambda() * pairs.size * 2.0 / pop.size());
        FellegiSunter fs = new FellegiSunter(m, u, untrained.tfLevels(), matchesPerRecord);
        String twins = TwinRule.measure(untrained.comparisons, pairs.levels, pairs.width, pairs.size);
        Engine trained = untrained.trained(fs).withTwinRule(twins.startsWith("on"));
        Map<String, String> info = new LinkedHashMap<>();
        info.put("records", Integer.toString(pop.size()));
        info.put("candidatePairs", Long.toString(pairs.size));
        info.put("randomPairs", Long.toString(Math.min(options.randomPairs(), (long) pop.size() * (pop.size() - 1) / 2)));
        for (int i = 0; i < est.sessions().size(); i++) info.put("emSession" + (i + 1), est.sessions().get(i));
        info.put("emMatchShare", String.format(java.util.Locale.ROOT, "%.5f", est.lambda()));
        info.put(TWIN_RULE, twins);
        Map<String, LinkageModel.TermFrequencyTable> tables = trained.frequencyTables(pop.frequencies);
        Engine withTables = trained.withFrequencies(tables);
        Linker linker = new Linker(withTables, toModel(withTables, tables, info));
        return linker.score(pop, pairs, progress, truth);
    }

    private static double[][] capGivenNameMismatch(double[][] m, Engine e, TrainingOptions o, PairSet pairs) {
        for (int c = 0; c < m.length; c++) {
            FieldType t = e.comparisons.get(c).type();
            if (t != FieldType.GIVEN_NAME && t != FieldType.BIRTH_DATE && t != FieldType.DOCUMENT
                    || o.fixedM().containsKey(e.comparisons.get(c).field())) {
                continue;
            }
            int last = m[c].length - 1;
            double cap = t == FieldType.GIVEN_NAME && pairs != null
                    ? GivenNameCeiling.of(e, pairs, c, o.maxGivenNameMismatch()) : o.maxGivenNameMismatch();
            if (m[c][last] <= cap) continue;
            double others = 1 - m[c][last];
            m[c][last] = cap;
            for (int l = 0; l < last; l++) m[c][l] *= (1 - m[c][last]) / others;
        }
        return m;
    }

    // A comparison no EM session could learn (no candidate pairs at all) gets a neutral m = u.
    private static double[][] fillMissing(double[][] m, Engine e) {
        double[][] out = new double[e.size()][];
        for (int c = 0; c < out.length; c++) {
            int n = e.comparisons.get(c).levels().size();
            out[c] = m[c] != null ? m[c] : new double[n];
            if (m[c] == null) java.util.Arrays.fill(out[c], 1.0 / n);
        }
        return out;
    }

    /** A linker from a saved model (no training). */
    public static Linker fromModel(LinkageModel model) {
        Schema.Builder sb = Schema.builder();
        model.fields().forEach(f -> sb.field(f.name(), FieldType.ofCode(f.type())));
        Schema schema = sb.build();
        List<BlockingRule> rules = model.blockingRules().stream().map(BlockingRule::new).toList();
        TrainingOptions base = TrainingOptions.defaults();
        TrainingOptions options = new TrainingOptions(model.threshold(), model.possibleThreshold(), rules,
                model.blockCap(), base.randomPairs(), base.emIterations(), Map.of(), model.clusterDensity(), base.seed(),
                base.maxGivenNameMismatch());
        Engine untrained = new Engine(schema, options, null, model.termFrequencies());
        int cs = untrained.size();
        if (model.comparisons().size() != cs) throw new ModelFiles.InvalidModelException("comparisons do not match fields");
        double[][] m = new double[cs][], u = new double[cs][];
        boolean[][] tf = new boolean[cs][];
        for (int c = 0; c < cs; c++) {
            var levels = model.comparisons().get(c).levels();
            if (levels.size() != untrained.comparisons.get(c).levels().size()) {
                throw new ModelFiles.InvalidModelException("field " + model.comparisons().get(c).field()
                        + " has " + levels.size() + " levels, this version compares with "
                        + untrained.comparisons.get(c).levels().size());
            }
            m[c] = levels.stream().mapToDouble(LinkageModel.Level::m).toArray();
            u[c] = levels.stream().mapToDouble(LinkageModel.Level::u).toArray();
            tf[c] = new boolean[levels.size()];
            for (int l = 0; l < levels.size(); l++) tf[c][l] = levels.get(l).tfAdjusted();
        }
        Engine e = untrained.trained(new FellegiSunter(m, u, tf, model.matchesPerRecord()))
                .withTwinRule(model.training() != null && model.training().getOrDefault(TWIN_RULE, "off").startsWith("on"));
        return new Linker(e, model);
    }

    /** Reads a model saved with {@link #save}. */
    public static Linker load(Path file) {
        return fromModel(ModelFiles.load(file));
    }

    /** Writes the model as versioned JSON. */
    public void save(Path file) {
        ModelFiles.save(model, file);
    }

    /** The model as data (fields, comparisons with m/u per level, blocking, thresholds, frequencies). */
    public LinkageModel model() {
        return model;
    }

    /** The schema the model links. */
    public Schema schema() {
        return engine.schema;
    }

    /** A new, empty in-memory index using this model. */
    public MatchIndex newIndex() {
        return new MatchIndex(engine);
    }

    /** Links a batch with this (already trained) model: candidates, scores, clusters. */
    public LinkResult link(List<Record> records, Progress progress) {
        return link(records, progress, null);
    }

    /** As {@link #link(List, Progress)}, measuring blocking against {@code truth} (id to entity) when given. */
    public LinkResult link(List<Record> records, Progress progress, Map<String, String> truth) {
        return link(records, progress, truth, null);
    }

    /** As {@link #link(List, Progress, Map)}, with unreadable values handled by {@code onInvalid}. */
    public LinkResult link(List<Record> records, Progress progress, Map<String, String> truth,
                           OnInvalidValue onInvalid) {
        Population pop = onInvalid == null ? Population.of(engine, records, progress)
                : Population.of(engine, records, progress, onInvalid);
        return score(pop, pop.candidatePairs(progress), progress, truth);
    }

    /** Scores one pair with the model's saved value frequencies; explanation included. */
    public Candidate compare(Record a, Record b) {
        Object[] va = engine.prepare(a), vb = engine.prepare(b);
        byte[] lv = engine.levels(va, vb);
        Engine.Frequencies none = new Engine.Frequencies() {
            public int count(int c, String key) { return 2; }
            public int population() { return 0; }
        };
        int population = Math.max(2, model.termFrequencies().values().stream()
                .mapToInt(LinkageModel.TermFrequencyTable::population).max().orElse(2));
        double w = engine.weight(va, lv, none, population, null);
        return new Candidate(b.id(), FellegiSunter.probability(w), w, engine.explain(va, lv, none, population));
    }

    private LinkResult score(Population pop, PairSet pairs, Progress progress, Map<String, String> truth) {
        BlockingQuality blocking = truth == null ? null
                : BlockingQuality.measure(pop.ids, truth, pairs.left, pairs.right, pairs.size);
        Engine.Frequencies f = Engine.of(pop.frequencies);
        int n = pop.size();
        double[] p = new double[pairs.size];
        double[][] rel = new double[n][];
        Population.parallel(n, i -> rel[i] = engine.frequencies(pop.values[i], f));
        double prior = engine.fs.priorWeight(n);
        Population.parallel(pairs.size, k -> p[k] = FellegiSunter.probability(
                engine.weight(rel[pairs.left[k]], pairs.levels, k * pairs.width, prior)));
        progress.report("score", pairs.size, pairs.size);
        int[] root = new Clusterer(model.clusterDensity()).cluster(n, pairs.left, pairs.right, p, model.threshold());
        Map<String, String> clusters = clusterIds(pop.ids, root);
        List<ScoredPair> kept = new ArrayList<>();
        for (int k = 0; k < pairs.size; k++) {
            if (p[k] < model.possibleThreshold()) continue;
            byte[] lv = pairs.levelsOf(k);
            Object[] a = pop.values[pairs.left[k]];
            List<Contribution> ex = engine.explain(a, lv, f, n);
            double w = ex.stream().mapToDouble(Contribution::weight).sum();
            kept.add(new ScoredPair(pop.ids[pairs.left[k]], pop.ids[pairs.right[k]], p[k], w, ex));
        }
        kept.sort(Comparator.comparingDouble(ScoredPair::probability).reversed()
                .thenComparing(ScoredPair::leftId).thenComparing(ScoredPair::rightId));
        progress.report("cluster", n, n);
        return new LinkResult(this, clusters, kept, pairs.size, 0, blocking, pop.invalidValues);
    }

    private static Map<String, String> clusterIds(String[] ids, int[] root) {
        String[] best = new String[ids.length];
        Comparator<String> order = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
        for (int i = 0; i < ids.length; i++) {
            int r = root[i];
            if (best[r] == null || order.compare(ids[i], best[r]) < 0) best[r] = ids[i];
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) out.put(ids[i], best[root[i]]);
        return out;
    }

    private static LinkageModel toModel(Engine e, Map<String, LinkageModel.TermFrequencyTable> tables,
                                        Map<String, String> info) {
        List<LinkageModel.Field> fields = new ArrayList<>();
        e.schema.fields().forEach((k, v) -> fields.add(new LinkageModel.Field(k, v.code())));
        List<LinkageModel.ComparisonModel> cms = new ArrayList<>();
        for (int c = 0; c < e.size(); c++) {
            var cmp = e.comparisons.get(c);
            List<LinkageModel.Level> levels = new ArrayList<>();
            for (int l = 0; l < cmp.levels().size(); l++) {
                levels.add(new LinkageModel.Level(cmp.levels().get(l), e.fs.m(c, l), e.fs.u(c, l),
                        e.fs.tfAdjusted(c, l), e.fs.levelWeight(c, l)));
            }
            cms.add(new LinkageModel.ComparisonModel(cmp.field(), cmp.type().code(), levels));
        }
        List<List<String>> rules = e.blockKeys.rules().stream().map(BlockingRule::parts).toList();
        TrainingOptions o = e.options;
        return new LinkageModel(LinkageModel.FORMAT, LinkageModel.VERSION, fields, cms, rules, o.blockCap(),
                e.fs.matchesPerRecord(), o.threshold(), o.possibleThreshold(), o.clusterDensity(), tables, info);
    }

    /** A copy of this linker with other thresholds (e.g. {@code --threshold} with a saved model). */
    public Linker withThresholds(double threshold, double possibleThreshold) {
        LinkageModel m = model;
        LinkageModel changed = new LinkageModel(m.format(), m.version(), m.fields(), m.comparisons(),
                m.blockingRules(), m.blockCap(), m.matchesPerRecord(), threshold,
                Math.min(possibleThreshold, threshold), m.clusterDensity(), m.termFrequencies(), m.training());
        return fromModel(changed);
    }

    TermFrequencies newFrequencies() {
        return new TermFrequencies(engine.frequencySlots());
    }
}
