package am.haven.shelter.allocation;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The baseline: largest households first (vulnerable first among equals), each to the first site in
 * the given order that has the beds and whose rules allow it. Blind to every soft term.
 */
public final class GreedyFirstFitDecreasing {

    public AllocationResult solve(AllocationProblem problem) {
        long start = System.nanoTime();
        CostModel m = new CostModel(problem);
        Assignment a = new Assignment(m);
        Integer[] order = new Integer[m.size.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(h -> -m.size[h])
                .thenComparing(h -> !problem.households().get(h).vulnerable()));
        for (int h : order) {
            for (int s = 0; s < m.capacity.length; s++) {
                if (a.fits(h, s)) {
                    a.move(h, s);
                    break;
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return a.result("greedy-ffd", 0, millis, millis);
    }
}
