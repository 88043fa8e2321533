package am.haven.tracing;

import java.util.Arrays;

/** A growable list of ints without boxing: postings and slot lists of the search index. */
final class IntList {

    private int[] values = new int[4];
    private int size;

    void add(int v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** Removes the first occurrence of {@code v} (order not kept). */
    void removeValue(int v) {
        for (int i = 0; i < size; i++) {
            if (values[i] == v) {
                values[i] = values[--size];
                return;
            }
        }
    }
}
