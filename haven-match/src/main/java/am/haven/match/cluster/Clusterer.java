package am.haven.match.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Connected components over links above a threshold, guarded against chaining. Links are taken
 * strongest first; two groups merge only when enough of the possible links between them exist
 * (at least {@code minDensity} of |A|·|B|) once both have two or more records. So a single bridge
 * between two dense groups — two people who share one mistyped record — does not fuse them, while a
 * single record always joins the group it links to most strongly.
 */
public final class Clusterer {
    private final double minDensity;

    public Clusterer(double minDensity) {
        this.minDensity = minDensity;
    }

    /**
     * Cluster representative (a record index) for each of {@code n} records, given links
     * {@code left[k]–right[k]} with probability {@code p[k]} ({@code p.length} links); links below {@code threshold} are ignored.
     */
    public int[] cluster(int n, int[] left, int[] right, double[] p, double threshold) {
        Integer[] order = new Integer[p.length];
        int kept = 0;
        for (int k = 0; k < p.length; k++) if (p[k] >= threshold) order[kept++] = k;
        Integer[] edges = Arrays.copyOf(order, kept);
        Arrays.sort(edges, (a, b) -> Double.compare(p[b], p[a]));
        int[][] adjacency = adjacency(n, left, right, edges);
        int[] parent = new int[n];
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            sizes[i] = 1;
        }
        int[][] groups = new int[n][];
        for (Integer e : edges) {
            int a = find(parent, left[e]), b = find(parent, right[e]);
            if (a == b) continue;
            if (!denseEnough(a, b, sizes, groups, adjacency, parent)) continue;
            int big = sizes[a] >= sizes[b] ? a : b, small = big == a ? b : a;
            groups[big] = concat(groups[big] == null ? new int[]{big} : groups[big],
                    groups[small] == null ? new int[]{small} : groups[small]);
            groups[small] = null;
            parent[small] = big;
            sizes[big] += sizes[small];
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) root[i] = find(parent, i);
        return root;
    }

    private boolean denseEnough(int a, int b, int[] sizes, int[][] groups, int[][] adjacency, int[] parent) {
        long possible = (long) sizes[a] * sizes[b];
        // A single record joining a group is no bridge: only two groups of two or more need density.
        if (sizes[a] == 1 || sizes[b] == 1) return true;
        int small = sizes[a] <= sizes[b] ? a : b, other = small == a ? b : a;
        int[] ms = groups[small] == null ? new int[]{small} : groups[small];
        long links = 0;
        for (int x : ms) for (int y : adjacency[x]) if (find(parent, y) == other) links++;
        return links >= Math.ceil(minDensity * possible);
    }

    private static int[][] adjacency(int n, int[] left, int[] right, Integer[] edges) {
        int[] degree = new int[n];
        for (Integer e : edges) {
            degree[left[e]]++;
            degree[right[e]]++;
        }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) adj[i] = new int[degree[i]];
        int[] fill = new int[n];
        for (Integer e : edges) {
            adj[left[e]][fill[left[e]]++] = right[e];
            adj[right[e]][fill[right[e]]++] = left[e];
        }
        return adj;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
