package am.haven.dedup;

import am.haven.match.cluster.Clusterer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clusters records from machine links while honouring human decisions: the engine's anti-chaining
 * clusterer first, then every group that holds a pair people called DIFFERENT is rebuilt link by
 * link (strongest first) never joining the two sides, then human SAME pairs join their groups
 * unless that would put a DIFFERENT pair together.
 */
final class ConstrainedClusters {

    /** A link between record indexes with its probability. */
    record Edge(int a, int b, double p) {}

    private ConstrainedClusters() {}

    /** A group number per record. */
    static int[] cluster(int n, List<Edge> links, List<int[]> same, List<int[]> different, double density,
                         double threshold) {
        int[] l = new int[links.size()], r = new int[links.size()];
        double[] p = new double[links.size()];
        for (int k = 0; k < links.size(); k++) {
            l[k] = links.get(k).a();
            r[k] = links.get(k).b();
            p[k] = links.get(k).p();
        }
        int[] root = new Clusterer(density).cluster(n, l, r, p, threshold);
        Set<Integer> broken = new HashSet<>();
        for (int[] d : different) if (root[d[0]] == root[d[1]]) broken.add(root[d[0]]);
        UnionFind uf = new UnionFind(n, different);
        for (int i = 0; i < n; i++) if (!broken.contains(root[i]) && root[i] != i) uf.union(i, root[i]);
        List<Edge> inside = new ArrayList<>();
        for (Edge e : links) {
            if (e.p() >= threshold && broken.contains(root[e.a()]) && root[e.a()] == root[e.b()]) inside.add(e);
        }
        inside.sort((x, y) -> Double.compare(y.p(), x.p()));
        for (Edge e : inside) uf.union(e.a(), e.b());
        for (int[] s : same) uf.union(s[0], s[1]);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = uf.find(i);
        return out;
    }

    /** Union–find that refuses a union putting a cannot-link pair into one group. */
    private static final class UnionFind {
        private final int[] parent;
        private final Map<Integer, Set<Integer>> cannot = new HashMap<>();

        UnionFind(int n, List<int[]> different) {
            parent = new int[n];
            Arrays.setAll(parent, i -> i);
            for (int[] d : different) {
                cannot.computeIfAbsent(d[0], k -> new HashSet<>()).add(d[1]);
                cannot.computeIfAbsent(d[1], k -> new HashSet<>()).add(d[0]);
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** Joins the groups of a and b unless a cannot-link pair would end up together. */
        boolean union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra == rb) return true;
            Set<Integer> ca = cannot.getOrDefault(ra, Set.of()), cb = cannot.getOrDefault(rb, Set.of());
            for (int x : ca) if (find(x) == rb) return false;
            for (int x : cb) if (find(x) == ra) return false;
            parent[rb] = ra;
            if (!cb.isEmpty()) cannot.computeIfAbsent(ra, k -> new HashSet<>()).addAll(cb);
            return true;
        }
    }
}
