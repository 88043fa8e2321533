package am.haven.shelter.allocation;

import java.util.SplittableRandom;

/**
 * Improves a proposal by moving one household to another site, or swapping two households between
 * sites, whenever that lowers the cost (moves that cost nothing are taken too, to cross plateaus).
 * Capacity and site rules are checked before every move, so the proposal stays feasible throughout.
 */
final class LocalSearch {

    /** Most moves try one of a household's cheapest sites; the rest any site its rules allow. */
    private static final int NEAR = 40;
    private static final double EPS = 1e-9;

    private final Assignment a;
    private final Candidates candidates;
    private final SplittableRandom random;

    LocalSearch(Assignment a, Candidates candidates, long seed) {
        this.a = a;
        this.candidates = candidates;
        this.random = new SplittableRandom(seed);
    }

    /** Runs until {@code deadlineNanos} (System.nanoTime) or until many moves in a row found nothing. */
    long run(long deadlineNanos) {
        int households = a.siteOf.length;
        if (households == 0) return 0;
        long maxIdle = Math.max(200_000L, 100L * households);
        long idle = 0;
        long iterations = 0;
        while (idle < maxIdle) {
            if ((iterations++ & 1023) == 0 && System.nanoTime() > deadlineNanos) break;
            int h = random.nextInt(households);
            int[] sites = candidates.of(h);
            if (sites.length == 0) {
                idle++;
                continue;
            }
            int to = sites[random.nextInt(10) < 8 ? random.nextInt(Math.min(NEAR, sites.length)) : random.nextInt(sites.length)];
            if (to == a.siteOf[h]) {
                idle++;
                continue;
            }
            idle = (a.fits(h, to) ? tryMove(h, to) : trySwap(h, to)) ? 0 : idle + 1;
        }
        return iterations;
    }

    private boolean tryMove(int h, int to) {
        double d = a.moveDelta(h, to);
        if (d <= EPS) {
            a.move(h, to);
            return d < -EPS;
        }
        return false;
    }

    private boolean trySwap(int h, int to) {
        int n = a.membersAt(to);
        if (n == 0) return false;
        int other = a.memberAt(to, random.nextInt(n));
        int from = a.siteOf[h];
        CostModel m = a.m;
        if (a.load[to] - m.size[other] + m.size[h] > m.capacity[to]) return false;
        if (from != Assignment.UNPLACED
                && (a.load[from] - m.size[h] + m.size[other] > m.capacity[from] || !m.allows(other, from))) {
            return false;
        }
        double d1 = a.moveDelta(h, to);
        a.move(h, to);
        double d = d1 + a.moveDelta(other, from);
        if (d <= EPS) {
            a.move(other, from);
            return d < -EPS;
        }
        a.move(h, from);
        return false;
    }
}
