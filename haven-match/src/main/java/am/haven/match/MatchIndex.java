package am.haven.match;

import am.haven.match.block.BlockIndex;
import am.haven.match.score.FellegiSunter;
import am.haven.match.score.TermFrequencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory index of a population for incremental matching: {@link #add}, {@link #remove} and
 * {@link #match} a record against everyone indexed, in milliseconds at a million records. Value
 * frequencies (a common surname counts for little) follow the population as it changes.
 *
 * <p>Storage-free: callers persist their records and rebuild the index at start-up by adding them.
 * Thread-safe: many concurrent {@code match} calls, writes serialised.
 */
public final class MatchIndex {
    private final Engine engine;
    private final BlockIndex blocks;
    private final TermFrequencies frequencies;
    private final boolean[][] tfLevels;
    private final Map<String, Integer> slotOf = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Object[]> values = new ArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    MatchIndex(Engine engine) {
        this.engine = engine;
        this.blocks = new BlockIndex(engine.blockKeys, engine.options.blockCap(), 1024);
        this.frequencies = new TermFrequencies(engine.frequencySlots());
        this.tfLevels = engine.tfLevels();
    }

    /**
     * Adds a record, replacing any record with the same id.
     *
     * @throws InvalidValueException when a value cannot be read as its field's type
     */
    public void add(Record record) {
        Object[] v = engine.prepare(record);
        lock.writeLock().lock();
        try {
            removeLocked(record.id());
            int slot = values.size();
            ids.add(record.id());
            values.add(v);
            slotOf.put(record.id(), slot);
            blocks.add(slot, v);
            Population.countFrequencies(engine, frequencies, tfLevels, v, +1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the record with this id; false when it was not indexed. */
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            return removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean removeLocked(String id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) return false;
        Object[] v = values.get(slot);
        blocks.remove(slot, v);
        Population.countFrequencies(engine, frequencies, tfLevels, v, -1);
        values.set(slot, null);
        ids.set(slot, null);
        return true;
    }

    /** Number of records indexed. */
    public int size() {
        lock.readLock().lock();
        try {
            return slotOf.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** True when a record with this id is indexed. */
    public boolean contains(String id) {
        lock.readLock().lock();
        try {
            return slotOf.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best {@code limit} indexed records for {@code record} (never itself, by id), most probable
     * first, each with its explanation. Candidates come from the model's blocking rules.
     */
    public List<Candidate> match(Record record, int limit) {
        return match(record, limit, 0.0);
    }

    /** Like {@link #match(Record, int)} but keeps only candidates at or above {@code minProbability}. */
    public List<Candidate> match(Record record, int limit, double minProbability) {
        Object[] v = engine.prepare(record);
        lock.readLock().lock();
        try {
            Set<Integer> seen = new HashSet<>();
            blocks.forEachCandidate(v, seen::add);
            boolean self = slotOf.containsKey(record.id());
            int population = slotOf.size() + (self ? 0 : 1);
            Engine.Frequencies f = withRecord(v, self);
            List<Candidate> out = new ArrayList<>();
            double minWeight = FellegiSunter.weightOf(Math.max(minProbability, 1e-15));
            for (int slot : seen) {
                String id = ids.get(slot);
                if (id == null || id.equals(record.id())) continue;
                byte[] lv = engine.levels(v, values.get(slot));
                double w = engine.weight(v, lv, f, population, null);
                if (minProbability > 0 && w < minWeight) continue;
                out.add(new Candidate(id, FellegiSunter.probability(w), w, null));
            }
            out.sort(Comparator.comparingDouble(Candidate::matchWeight).reversed().thenComparing(Candidate::id));
            List<Candidate> best = out.subList(0, Math.min(limit, out.size()));
            List<Candidate> explained = new ArrayList<>(best.size());
            for (Candidate c : best) {
                byte[] lv = engine.levels(v, values.get(slotOf.get(c.id())));
                explained.add(new Candidate(c.id(), c.probability(), c.matchWeight(),
                        engine.explain(v, lv, f, population)));
            }
            return explained;
        } finally {
            lock.readLock().unlock();
        }
    }

    // Frequencies as if the probe record were part of the population (it is about to be).
    private Engine.Frequencies withRecord(Object[] v, boolean alreadyIn) {
        return new Engine.Frequencies() {
            public int count(int c, String key) {
                int n = frequencies.count(c, key);
                if (alreadyIn) return n;
                return key.equals(engine.frequencyKeyOf(v, c)) ? n + 1 : n;
            }

            public int population() {
                return frequencies.population() + (alreadyIn ? 0 : 1);
            }
        };
    }

    /** The match threshold and review band of the model behind this index. */
    public double threshold() {
        return engine.options.threshold();
    }

    public double possibleThreshold() {
        return engine.options.possibleThreshold();
    }
}
