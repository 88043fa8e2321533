package am.haven.shelter.allocation;

import java.time.Duration;
import java.util.List;

/**
 * 30,000 households (~100,000 people) to 1,500 sites (~120,000 beds): greedy first-fit-decreasing
 * and the optimizer at 10 s and 30 s, in one run. Not a test; see docs/benchmarks.md for the command.
 * Arguments (optional): households sites beds seconds...
 */
public final class AllocationBench {

    public static void main(String[] args) {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        int sites = args.length > 1 ? Integer.parseInt(args[1]) : 1_500;
        int beds = args.length > 2 ? Integer.parseInt(args[2]) : 120_000;
        List<Integer> limits = args.length > 3
                ? java.util.Arrays.stream(args).skip(3).map(Integer::valueOf).toList() : List.of(10, 30);
        List<HouseholdDemand> hs = SyntheticShelterProblem.households(households, 1);
        List<SiteOffer> ss = SyntheticShelterProblem.sites(sites, beds, 2);
        AllocationProblem problem = new AllocationProblem(hs, ss, Weights.DEFAULT);
        System.out.printf("problem: %d households, %d people, %d sites, %d beds; %d cores, max heap %d MB%n",
                hs.size(), hs.stream().mapToInt(HouseholdDemand::size).sum(), ss.size(),
                ss.stream().mapToInt(SiteOffer::capacity).sum(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        AllocationResult greedy = new GreedyFirstFitDecreasing().solve(problem);
        double lb = 0;
        for (int seconds : limits) {
            AllocationResult r = new Allocator().solve(problem, Duration.ofSeconds(seconds));
            lb = r.lowerBound();
            report("optimizer " + seconds + " s", r, lb);
        }
        report("greedy FFD", greedy, lb);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after run: %d MB; peak heap used (sum of pool peaks): %d MB; process peak RSS "
                + "(heap + OR-Tools native memory): %s%n", (rt.totalMemory() - rt.freeMemory()) >> 20, peakHeapMb(), peakRss());
    }

    private static void report(String name, AllocationResult r, double lowerBound) {
        System.out.printf("%-18s first feasible %6d ms  total %6d ms  score %,14.0f  lower bound %,14.0f  gap %6.2f %%  "
                        + "placed %d  unplaced %d  hard violations %d%n",
                name, r.millisToFirstFeasible(), r.millis(), r.score(), lowerBound,
                100 * AllocationResult.gap(r.score(), lowerBound), r.placements().size(), r.unplaced().size(), r.hardViolations());
    }

    /** VmHWM from /proc (Linux): the most resident memory the process ever had. */
    private static String peakRss() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM")).map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("n/a");
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }
}
