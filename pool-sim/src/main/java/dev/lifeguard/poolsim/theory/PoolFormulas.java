package dev.lifeguard.poolsim.theory;

/** Small closed forms for pool sizing and failure modes (POOL-SEMANTICS.md §4 and §7). */
public final class PoolFormulas {

    private PoolFormulas() {}

    /**
     * Little's law: the mean number of connections busy, a = λ·E[H].
     *
     * @param arrivalRate calls per second, ≥ 0
     * @param meanHold    seconds a connection is held, ≥ 0
     */
    public static double offeredLoad(double arrivalRate, double meanHold) {
        return Args.nonNegativeFinite(arrivalRate, "arrivalRate") * Args.nonNegativeFinite(meanHold, "meanHold");
    }

    /**
     * Seconds until a leaking pool is exhausted: usable capacity falls as c(t) = c − λpt and the pool
     * collapses when it reaches the offered load, t ≈ (c − a)/(λp). 0 when the pool is already too small,
     * {@code +∞} when nothing leaks.
     *
     * @param poolSize        c ≥ 1
     * @param arrivalRate     λ, calls per second, ≥ 0
     * @param meanHold        E[H], seconds, ≥ 0
     * @param leakProbability p, the share of borrows never returned, 0..1
     */
    public static double leakTimeToExhaustion(
            int poolSize, double arrivalRate, double meanHold, double leakProbability) {
        Args.atLeast(poolSize, 1, "poolSize");
        Args.probability(leakProbability, "leakProbability");
        double a = offeredLoad(arrivalRate, meanHold);
        if (a >= poolSize) {
            return 0;
        }
        double leakRate = arrivalRate * leakProbability;
        return leakRate == 0 ? Double.POSITIVE_INFINITY : (poolSize - a) / leakRate;
    }

    /**
     * The smallest pool that cannot deadlock when each of {@code threads} threads may hold up to
     * {@code connectionsPerThread} connections at once: Tn × (Cm − 1) + 1 (HikariCP wiki, "About Pool
     * Sizing"; Tn = 3, Cm = 4 gives 10).
     */
    public static long poolLockingMinimum(int threads, int connectionsPerThread) {
        Args.atLeast(threads, 1, "threads");
        Args.atLeast(connectionsPerThread, 1, "connectionsPerThread");
        return (long) threads * (connectionsPerThread - 1) + 1;
    }
}
