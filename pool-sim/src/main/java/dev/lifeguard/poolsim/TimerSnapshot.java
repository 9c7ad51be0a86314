package dev.lifeguard.poolsim;

/**
 * A timer's readings at one moment, as Micrometer's HikariCP timers expose them: a cumulative count and
 * sum, and the maximum and quantiles over a recent window. Quantiles and maximum are NaN when the window
 * holds no observation (absence, not a latency of zero).
 *
 * @param count      observations so far
 * @param sumSeconds their total, in seconds
 * @param maxSeconds the largest in the window
 * @param p50Seconds the median over the window
 * @param p95Seconds the 95th percentile over the window
 * @param p99Seconds the 99th percentile over the window
 */
public record TimerSnapshot(
        long count, double sumSeconds, double maxSeconds, double p50Seconds, double p95Seconds, double p99Seconds) {

    /** A timer that has observed nothing. */
    public static final TimerSnapshot EMPTY = new TimerSnapshot(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public TimerSnapshot {
        if (count < 0 || sumSeconds < 0) {
            throw new IllegalArgumentException(
                    "timer snapshot: count and sum must not be negative, were " + count + " and " + sumSeconds);
        }
    }
}
