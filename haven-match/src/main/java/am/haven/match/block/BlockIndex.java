package am.haven.match.block;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * Inverted index from block keys to record slots, kept as linked lists in primitive arrays: per key
 * the newest slot, per (slot, key-entry) the next older slot. Removal marks a slot dead. Blocks larger
 * than the cap are skipped when candidates are gathered: such a key (a common surname with a common
 * year) says little, and the other, more specific rules still meet the pairs inside it.
 */
public final class BlockIndex {
    private final BlockKeys keys;
    private final int cap;
    private final LongIntMap blockOf;   // key → block number
    private int[] head = new int[1024]; // block → newest entry
    private int[] size = new int[1024]; // block → live records
    private int blocks;
    private int[] entrySlot = new int[1024];
    private int[] entryNext = new int[1024];
    private int entries;
    private final BitSet dead = new BitSet();

    public BlockIndex(BlockKeys keys, int cap, int expectedRecords) {
        this.keys = keys;
        this.cap = cap;
        int expectedKeys = Math.max(1024, expectedRecords * keys.rules().size());
        this.blockOf = new LongIntMap(expectedKeys, -1);
    }

    public BlockKeys keys() {
        return keys;
    }

    public int cap() {
        return cap;
    }

    /** Indexes the record in {@code slot} under every key of every rule. Not thread-safe. */
    public void add(int slot, Object[] values) {
        add(slot, keys.allKeys(values));
    }

    /** Like {@link #add(int, Object[])} with the keys already computed by {@link BlockKeys#allKeys}. */
    public void add(int slot, long[] recordKeys) {
        {
            for (long k : recordKeys) {
                if (entries == entrySlot.length) growEntries();
                int b = blockOf.get(k);
                if (b < 0) {
                    if (blocks == head.length) {
                        head = Arrays.copyOf(head, blocks * 2);
                        size = Arrays.copyOf(size, blocks * 2);
                    }
                    b = blocks++;
                    head[b] = -1;
                    blockOf.put(k, b);
                }
                int e = entries++;
                entrySlot[e] = slot;
                entryNext[e] = head[b];
                head[b] = e;
                size[b]++;
            }
        }
        dead.clear(slot);
    }

    /** Marks a slot removed; its block sizes shrink, its entries are skipped from now on. */
    public void remove(int slot, Object[] values) {
        if (dead.get(slot)) return;
        dead.set(slot);
        for (int rule = 0; rule < keys.rules().size(); rule++) {
            for (long k : keys.keys(rule, values)) {
                int b = blockOf.get(k);
                if (b >= 0) size[b]--;
            }
        }
    }

    /**
     * Calls {@code sink} for every live slot sharing a capped block with the given values (possibly
     * more than once per slot; callers de-duplicate). Returns how many oversized blocks were skipped.
     */
    public int forEachCandidate(Object[] values, IntConsumer sink) {
        return forEachCandidate(keys.allKeys(values), sink);
    }

    /** Like {@link #forEachCandidate(Object[], IntConsumer)} with precomputed keys. */
    public int forEachCandidate(long[] recordKeys, IntConsumer sink) {
        int skipped = 0;
        {
            for (long k : recordKeys) {
                int b = blockOf.get(k);
                if (b < 0) continue;
                if (size[b] > cap) {
                    skipped++;
                    continue;
                }
                for (int e = head[b]; e >= 0; e = entryNext[e]) {
                    int s = entrySlot[e];
                    if (!dead.get(s)) sink.accept(s);
                }
            }
        }
        return skipped;
    }

    private void growEntries() {
        entrySlot = Arrays.copyOf(entrySlot, entrySlot.length * 2);
        entryNext = Arrays.copyOf(entryNext, entryNext.length * 2);
    }
}
