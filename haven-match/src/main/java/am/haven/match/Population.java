package am.haven.match;

import am.haven.match.block.BlockIndex;
import am.haven.match.score.TermFrequencies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** A batch of prepared records with its block index, value counts and candidate pairs. */
final class Population {
    final Engine engine;
    final String[] ids;
    final Object[][] values;
    final TermFrequencies frequencies;
    final BlockIndex index;

    private Population(Engine engine, String[] ids, Object[][] values) {
        this.engine = engine;
        this.ids = ids;
        this.values = values;
        this.frequencies = new TermFrequencies(engine.frequencySlots());
        this.index = new BlockIndex(engine.blockKeys, engine.options.blockCap(), ids.length);
        boolean[][] tf = engine.tfLevels();
        this.keys = new long[values.length][];
        parallel(values.length, i -> keys[i] = engine.blockKeys.allKeys(values[i]));
        for (int i = 0; i < values.length; i++) {
            index.add(i, keys[i]);
            countFrequencies(engine, frequencies, tf, values[i], +1);
        }
    }

    /** Block keys per record, computed once for indexing and for gathering candidates. */
    private final long[][] keys;

    static void countFrequencies(Engine engine, TermFrequencies f, boolean[][] tf, Object[] v, int sign) {
        f.population(sign);
        for (int c = 0; c < v.length; c++) {
            if (v[c] == null || !tf[c][0] && !(tf[c].length > 1 && tf[c][1])) continue;
            String key = engine.comparisons.get(c).frequencyKey(v[c], 0);
            if (sign > 0) f.add(c, key); else f.remove(c, key);
        }
        if (engine.combination != null) {
            String key = engine.frequencyKeyOf(v, engine.combination.slot);
            if (sign > 0) f.add(engine.combination.slot, key); else f.remove(engine.combination.slot, key);
        }
    }

    /** Values read as missing because they were unreadable ({@link OnInvalidValue#TREAT_AS_MISSING}). */
    InvalidValues invalidValues = InvalidValues.none();

    /**
     * Prepares every record (in parallel) under {@code policy}: with {@link OnInvalidValue#FAIL} the
     * first unreadable value (in input order) is thrown with its record index; with
     * {@link OnInvalidValue#TREAT_AS_MISSING} unreadable values become missing and are listed.
     */
    static Population of(Engine engine, List<Record> records, Progress progress, OnInvalidValue policy) {
        int n = records.size();
        String[] ids = new String[n];
        Object[][] values = new Object[n][];
        InvalidValues.Collector collector = new InvalidValues.Collector(engine.fieldNames());
        boolean fail = policy == OnInvalidValue.FAIL;
        AtomicLong done = new AtomicLong();
        parallel(n, i -> {
            Record r = records.get(i);
            ids[i] = r.id();
            values[i] = engine.prepare(r, i, collector);
            long d = done.incrementAndGet();
            if (d % 100_000 == 0) progress.report("prepare", d, n);
        });
        InvalidValues invalid = collector.result();
        if (fail && !invalid.columns().isEmpty()) throw firstOf(invalid);
        progress.report("prepare", n, n);
        Population pop = new Population(engine, ids, values);
        pop.invalidValues = invalid;
        return pop;
    }

    private static InvalidRecordException firstOf(InvalidValues invalid) {
        InvalidValues.Example first = null;
        String field = null;
        for (InvalidValues.Column c : invalid.columns()) {
            InvalidValues.Example e = c.examples().get(0);
            if (first == null || e.index() < first.index()) { first = e; field = c.field(); }
        }
        return new InvalidRecordException(first.index(), first.id(),
                new InvalidValueException(field, first.value(), first.reason()));
    }

    /**
     * Prepares every record (in parallel) as {@link MatchIndex} does; rethrows the first invalid value
     * found with its record index. Kept for callers of the API before {@link OnInvalidValue}.
     */
    static Population of(Engine engine, List<Record> records, Progress progress) {
        int n = records.size();
        String[] ids = new String[n];
        Object[][] values = new Object[n][];
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicLong done = new AtomicLong();
        parallel(n, i -> {
            if (failure.get() != null) return;
            Record r = records.get(i);
            try {
                ids[i] = r.id();
                values[i] = engine.prepare(r);
            } catch (InvalidValueException e) {
                failure.compareAndSet(null, new InvalidRecordException(i, r.id(), e));
            }
            long d = done.incrementAndGet();
            if (d % 100_000 == 0) progress.report("prepare", d, n);
        });
        if (failure.get() != null) throw failure.get();
        progress.report("prepare", n, n);
        return new Population(engine, ids, values);
    }

    int size() {
        return ids.length;
    }

    /** All candidate pairs (i < j sharing a block) with their level vectors; compared in parallel. */
    PairSet candidatePairs(Progress progress) {
        int n = ids.length, threads = threads();
        PairSet[] parts = new PairSet[threads];
        AtomicLong done = new AtomicLong();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int me = t;
            parts[t] = new PairSet(engine.size());
            ts.add(new Thread(() -> {
                int[] stamp = new int[n];
                Arrays.fill(stamp, -1);
                for (int i = me; i < n; i += threads) {
                    final int right = i;
                    Object[] vi = values[i];
                    index.forEachCandidate(keys[i], j -> {
                        if (j < right && stamp[j] != right) {
                            stamp[j] = right;
                            parts[me].add(j, right, engine.levels(values[j], vi));
                        }
                    });
                    long d = done.incrementAndGet();
                    if (d % 100_000 == 0) progress.report("compare", d, n);
                }
            }, "haven-match-compare-" + t));
        }
        runAll(ts);
        progress.report("compare", n, n);
        return PairSet.concat(parts);
    }

    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static void parallel(int n, java.util.function.IntConsumer body) {
        int threads = threads();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int me = t;
            ts.add(new Thread(() -> { for (int i = me; i < n; i += threads) body.accept(i); }, "haven-match-" + t));
        }
        runAll(ts);
    }

    private static void runAll(List<Thread> ts) {
        AtomicReference<Throwable> error = new AtomicReference<>();
        for (Thread t : ts) {
            t.setUncaughtExceptionHandler((th, e) -> error.compareAndSet(null, e));
            t.start();
        }
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MatchException("interrupted", e);
            }
        }
        if (error.get() instanceof RuntimeException re) throw re;
        if (error.get() instanceof Error er) throw er;
    }
}
