package am.haven.match.block;

import java.util.Arrays;

/**
 * Open-addressing map from long keys to int values: a million-record block index in a few primitive
 * arrays instead of millions of boxed entries.
 */
final class LongIntMap {
    private static final long EMPTY = 0L; // key 0 is remapped, see mix()
    private long[] keys;
    private int[] values;
    private int size;
    private final int missing;

    LongIntMap(int expected, int missing) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        this.missing = missing;
    }

    int get(long key) {
        key = nonZero(key);
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == EMPTY) return missing;
        }
    }

    void put(long key, int value) {
        key = nonZero(key);
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) put(oldKeys[i], oldValues[i]);
        }
    }

    private static long nonZero(long key) {
        return key == EMPTY ? 0x9E3779B97F4A7C15L : key;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    long[] keysView() {
        return Arrays.copyOf(keys, keys.length);
    }
}
