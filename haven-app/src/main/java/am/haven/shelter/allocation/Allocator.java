package am.haven.shelter.allocation;

import java.time.Duration;

/**
 * The optimizer's front door. Three stages: the split-household relaxation solved exactly as a
 * min-cost flow (lower bound and start), a repair that keeps every household whole (first feasible
 * proposal), then local search until the time limit. Measured against greedy first-fit-decreasing
 * in docs/benchmarks.md.
 */
public final class Allocator {

    private final long seed;

    public Allocator() {
        this(42);
    }

    /** With a fixed seed the same problem and time limit give the same kind of run (timing aside). */
    public Allocator(long seed) {
        this.seed = seed;
    }

    public AllocationResult solve(AllocationProblem problem, Duration timeLimit) {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        CostModel m = new CostModel(problem);
        Candidates candidates = new Candidates(m);
        FlowRelaxation.Solution relaxation = new FlowRelaxation().solve(m, candidates);
        Assignment a = new Assignment(m);
        FlowRepair.apply(a, candidates, relaxation);
        long firstFeasible = (System.nanoTime() - start) / 1_000_000;
        new LocalSearch(a, candidates, seed).run(deadline);
        // Whatever the search did, unplaced households get one last look at the beds left.
        FlowRepair.placeGreedily(a, candidates, java.util.stream.IntStream.range(0, m.size.length)
                .filter(h -> a.siteOf[h] == Assignment.UNPLACED).boxed().toList());
        return a.result("flow+repair+local-search", relaxation.lowerBound(), firstFeasible,
                (System.nanoTime() - start) / 1_000_000);
    }
}
