package am.haven.match;

import am.haven.match.block.BlockKeys;
import am.haven.match.block.BlockingRule;
import am.haven.match.compare.Comparison;
import am.haven.match.compare.Comparisons;
import am.haven.match.model.LinkageModel;
import am.haven.match.score.FellegiSunter;
import am.haven.match.score.TermFrequencies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured pipeline shared by batch linkage and the index: comparisons, blocking keys and,
 * once trained, the Fellegi–Sunter parameters. Immutable after training; safe to share.
 */
final class Engine {
    final Schema schema;
    final List<Comparison> comparisons;
    final BlockKeys blockKeys;
    final TrainingOptions options;
    final FellegiSunter fs;
    /** Value counts saved with the model, used while a population is too small to have its own. */
    final Map<String, LinkageModel.TermFrequencyTable> savedFrequencies;

    Engine(Schema schema, TrainingOptions options, FellegiSunter fs,
           Map<String, LinkageModel.TermFrequencyTable> savedFrequencies) {
        this(schema, options, fs, savedFrequencies, false);
    }

    private Engine(Schema schema, TrainingOptions options, FellegiSunter fs,
                   Map<String, LinkageModel.TermFrequencyTable> savedFrequencies, boolean twinRule) {
        this.schema = schema;
        this.options = options;
        this.fs = fs;
        this.savedFrequencies = savedFrequencies == null ? Map.of() : savedFrequencies;
        List<Comparison> cs = new ArrayList<>();
        schema.fields().forEach((name, type) -> cs.add(Comparisons.forField(name, type)));
        if (cs.size() > 32) throw new MatchException("at most 32 fields can be compared, got " + cs.size());
        this.comparisons = List.copyOf(cs);
        List<BlockingRule> rules = options.blockingRules() != null ? options.blockingRules()
                : DefaultBlocking.rules(schema);
        this.blockKeys = new BlockKeys(rules, comparisons);
        this.household = householdFields();
        this.combination = NameCombination.of(comparisons);
        this.twins = twinRule ? TwinRule.of(comparisons) : null;
    }

    /** This engine with the twin rule on or off (see {@link TwinRule}). */
    Engine withTwinRule(boolean on) {
        return new Engine(schema, options, fs, savedFrequencies, on);
    }

    boolean twinRule() {
        return twins != null;
    }

    /** Birth date as household evidence when given names wholly differ (null when the rule is off). */
    final TwinRule twins;

    /** Whether comparison {@code c} counts towards the household cap for this pair. */
    private boolean householdFor(int c, byte[] levels, int offset) {
        return household[c] || twins != null && twins.dateIsHousehold(c, levels, offset);
    }

    /** Joint frequency of given name, family name and birth year, when the schema has all three. */
    final NameCombination combination;

    /** Term-frequency slots: one per comparison, and one for the name combination. */
    int frequencySlots() {
        return comparisons.size() + (combination != null ? 1 : 0);
    }

    /** The frequency key of prepared values in slot {@code c} (a comparison's value, or the combination). */
    String frequencyKeyOf(Object[] v, int c) {
        if (combination != null && c == combination.slot) return combination.key(comparisons, v);
        return v[c] == null ? null : comparisons.get(c).frequencyKey(v[c], 0);
    }

    private final boolean[] household;

    Engine trained(FellegiSunter fs) {
        return new Engine(schema, options, fs, savedFrequencies, twinRule());
    }

    Engine withFrequencies(Map<String, LinkageModel.TermFrequencyTable> tables) {
        return new Engine(schema, options, fs, tables, twinRule());
    }

    int size() {
        return comparisons.size();
    }

    /** Prepared values of a record, one per comparison (null when missing). */
    Object[] prepare(Record r) {
        Object[] v = new Object[comparisons.size()];
        for (int c = 0; c < v.length; c++) {
            Comparison cmp = comparisons.get(c);
            String raw = r.get(cmp.field());
            try {
                v[c] = cmp.prepare(raw);
            } catch (InvalidValueException e) {
                throw e;
            } catch (MatchException e) {
                throw new InvalidValueException(cmp.field(), raw, e.getMessage());
            }
        }
        return v;
    }

    /**
     * Prepared values of a batch record. With a collector, an unreadable value (one {@code prepare}
     * rejects, or a non-blank one it reads as null that {@link Comparison#unreadable} names) is stored
     * as missing and reported; without one, it is thrown as {@link InvalidValueException}.
     */
    Object[] prepare(Record r, int index, InvalidValues.Collector invalid) {
        Object[] v = new Object[comparisons.size()];
        for (int c = 0; c < v.length; c++) {
            Comparison cmp = comparisons.get(c);
            String raw = r.get(cmp.field());
            String reason;
            try {
                v[c] = cmp.prepare(raw);
                reason = v[c] == null && raw != null ? cmp.unreadable(raw) : null;
            } catch (InvalidValueException e) {
                reason = e.getMessage().replaceFirst("^field '[^']*': ", "");
            } catch (MatchException e) {
                reason = e.getMessage();
            }
            if (reason == null) continue;
            if (invalid == null) throw new InvalidValueException(cmp.field(), raw, reason);
            v[c] = null;
            invalid.add(c, index, r.id(), raw, reason);
        }
        return v;
    }

    List<String> fieldNames() {
        return comparisons.stream().map(Comparison::field).toList();
    }

    byte[] levels(Object[] a, Object[] b) {
        byte[] lv = new byte[a.length];
        for (int c = 0; c < a.length; c++) {
            lv[c] = a[c] == null || b[c] == null ? -1 : (byte) comparisons.get(c).level(a[c], b[c]);
        }
        return lv;
    }

    int[] levelCounts() {
        return comparisons.stream().mapToInt(c -> c.levels().size()).toArray();
    }

    /** Frequency source: counts of a value and the population they come from. */
    interface Frequencies {
        int count(int comparison, String key);

        int population();
    }

    static Frequencies of(TermFrequencies tf) {
        return new Frequencies() {
            public int count(int c, String key) { return tf.count(c, key); }
            public int population() { return tf.population(); }
        };
    }

    /**
     * Relative frequency of each of a record's values that term frequencies adjust (NaN elsewhere):
     * looked up once per record rather than once per candidate pair.
     */
    double[] frequencies(Object[] a, Frequencies f) {
        double[] rel = new double[frequencySlots()];
        for (int c = 0; c < rel.length; c++) {
            String key = frequencyKeyOf(a, c);
            rel[c] = key == null ? Double.NaN : relative(c, key, f);
        }
        return rel;
    }

    /** Match weight of pair {@code k} of a flattened level array, with the left record's frequencies. */
    double weight(double[] rel, byte[] levels, int offset, double prior) {
        double w = prior, shared = 0;
        double joint = combinationDelta(rel, levels, offset);
        for (int c = 0; c < comparisons.size(); c++) {
            byte l = levels[offset + c];
            if (l < 0) continue;
            double x = fs.levelWeight(c, l);
            if (fs.tfAdjusted(c, l) && !Double.isNaN(rel[c])) x += fs.tfAdjustment(c, l, rel[c]);
            if (combination != null && c == combination.family) x += joint;
            if (householdFor(c, levels, offset) && x > 0) shared += x; else w += x;
        }
        return w + Math.min(shared, HOUSEHOLD_CAP);
    }

    /**
     * What the name combination's joint adjustment changes against the two names' own (0 when it
     * does not apply): booked on the family name.
     */
    private double combinationDelta(double[] rel, byte[] levels, int offset) {
        if (combination == null || Double.isNaN(rel[combination.slot]) || !combination.applies(fs, levels, offset)) {
            return 0;
        }
        double own = 0;
        for (int c : new int[]{combination.given, combination.family}) {
            byte l = levels[offset + c];
            if (!Double.isNaN(rel[c])) own += fs.tfAdjustment(c, l, rel[c]);
        }
        return combination.adjustment(fs, levels, offset, rel[combination.slot]) - own;
    }

    /** Match weight of a pair; fills {@code parts} (per comparison, may be null) with contributions. */
    double weight(Object[] a, byte[] lv, Frequencies f, int population, double[] parts) {
        double[] rel = frequencies(a, f);
        double[] x = new double[lv.length];
        double joint = combinationDelta(rel, lv, 0);
        for (int c = 0; c < lv.length; c++) {
            if (lv[c] < 0) continue;
            x[c] = fs.levelWeight(c, lv[c]);
            if (fs.tfAdjusted(c, lv[c]) && !Double.isNaN(rel[c])) x[c] += fs.tfAdjustment(c, lv[c], rel[c]);
            if (combination != null && c == combination.family) x[c] += joint;
        }
        double w = fs.priorWeight(population);
        for (int c = 0; c < lv.length; c++) {
            if (parts != null) parts[c] = x[c];
            w += x[c];
        }
        double shared = 0;
        for (int c = 0; c < lv.length; c++) if (householdFor(c, lv, 0) && lv[c] >= 0) shared += Math.max(0, x[c]);
        if (shared <= HOUSEHOLD_CAP) return w;
        double scale = HOUSEHOLD_CAP / shared;
        for (int c = 0; c < lv.length; c++) {
            if (!householdFor(c, lv, 0) || lv[c] < 0 || x[c] <= 0) continue;
            w -= x[c] * (1 - scale);
            if (parts != null) parts[c] = x[c] * scale;
        }
        return w;
    }

    /**
     * Most evidence a pair can draw from what a household shares (surname, patronymic, phone, place,
     * address, postcode). These agree for siblings and twins as much as for one person registered
     * twice; summed as if independent they outweigh a different given name and birth date. Capped,
     * the person-level fields (given name, birth date, sex, document) decide. In bits.
     */
    static final double HOUSEHOLD_CAP = 12;

    private boolean[] householdFields() {
        boolean[] h = new boolean[comparisons.size()];
        for (int c = 0; c < h.length; c++) {
            h[c] = switch (comparisons.get(c).type()) {
                case FAMILY_NAME, PATRONYMIC, PHONE, PLACE, ADDRESS, POSTCODE -> true;
                default -> false;
            };
        }
        return h;
    }

    private double relative(int c, String key, Frequencies f) {
        int pop = f.population();
        if (combination != null && c == combination.slot) {
            return pop < NameCombination.MIN_POPULATION ? Double.NaN : Math.max(f.count(c, key), 2) / (double) pop;
        }
        LinkageModel.TermFrequencyTable saved = savedFrequencies.get(comparisons.get(c).field());
        if (pop < 1000 && saved != null && saved.population() > pop) {
            Integer n = saved.counts().get(key);
            return Math.max(n == null ? 2 : n, 2) / (double) saved.population();
        }
        return Math.max(f.count(c, key), 2) / (double) Math.max(pop, 2);
    }

    List<Contribution> explain(Object[] a, byte[] lv, Frequencies f, int population) {
        double[] parts = new double[lv.length];
        weight(a, lv, f, population, parts);
        List<Contribution> out = new ArrayList<>(lv.length + 1);
        out.add(new Contribution("(prior)", "", fs.priorWeight(population)));
        for (int c = 0; c < lv.length; c++) {
            Comparison cmp = comparisons.get(c);
            out.add(new Contribution(cmp.field(), lv[c] < 0 ? "null" : cmp.levels().get(lv[c]), parts[c]));
        }
        return out;
    }

    /** Which levels of each comparison are term-frequency adjusted: those naming a frequency key. */
    boolean[][] tfLevels() {
        boolean[][] tf = new boolean[comparisons.size()][];
        for (int c = 0; c < tf.length; c++) {
            Comparison cmp = comparisons.get(c);
            tf[c] = new boolean[cmp.levels().size()];
            boolean adjusts = switch (cmp.type()) {
                case GIVEN_NAME, FAMILY_NAME, PATRONYMIC, PLACE, POSTCODE -> true;
                default -> false;
            };
            if (!adjusts) continue;
            // A level is adjusted when a frequency key exists for it: probe with a prepared sample.
            for (int l = 0; l < tf[c].length; l++) tf[c][l] = cmp.frequencyKeyLevel(l);
        }
        return tf;
    }

    Map<String, LinkageModel.TermFrequencyTable> frequencyTables(TermFrequencies tf) {
        Map<String, LinkageModel.TermFrequencyTable> out = new HashMap<>();
        boolean[][] levels = tfLevels();
        for (int c = 0; c < comparisons.size(); c++) {
            boolean any = false;
            for (boolean b : levels[c]) any |= b;
            if (any) out.put(comparisons.get(c).field(),
                    new LinkageModel.TermFrequencyTable(tf.population(), tf.snapshot(c, 2)));
        }
        return out;
    }
}
