package am.haven.match;

import java.util.Arrays;

/** Candidate pairs in primitive arrays: left, right and one level byte per comparison. */
final class PairSet {
    final int width;
    int size;
    int[] left = new int[1024];
    int[] right = new int[1024];
    byte[] levels;

    PairSet(int width) {
        this.width = width;
        this.levels = new byte[1024 * width];
    }

    void add(int l, int r, byte[] lv) {
        if (size == left.length) {
            int cap = size * 2;
            left = Arrays.copyOf(left, cap);
            right = Arrays.copyOf(right, cap);
            levels = Arrays.copyOf(levels, cap * width);
        }
        left[size] = l;
        right[size] = r;
        System.arraycopy(lv, 0, levels, size * width, width);
        size++;
    }

    byte[] levelsOf(int k) {
        return Arrays.copyOfRange(levels, k * width, (k + 1) * width);
    }

    static PairSet concat(PairSet[] parts) {
        int total = Arrays.stream(parts).mapToInt(p -> p.size).sum();
        PairSet out = new PairSet(parts[0].width);
        out.left = new int[Math.max(total, 1)];
        out.right = new int[Math.max(total, 1)];
        out.levels = new byte[Math.max(total, 1) * out.width];
        for (PairSet p : parts) {
            System.arraycopy(p.left, 0, out.left, out.size, p.size);
            System.arraycopy(p.right, 0, out.right, out.size, p.size);
            System.arraycopy(p.levels, 0, out.levels, out.size * out.width, p.size * out.width);
            out.size += p.size;
            p.left = null;
            p.right = null;
            p.levels = null;
        }
        return out;
    }
}
