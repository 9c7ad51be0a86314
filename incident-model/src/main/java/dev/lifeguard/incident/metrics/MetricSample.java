package dev.lifeguard.incident.metrics;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pool's state at one instant, as HikariCP's gauges (or their equivalent) report it. Gauges are read
 * separately, so {@code active + idle} need not equal {@code total} exactly.
 *
 * @param at            when the sample was taken
 * @param total         open connections
 * @param active        connections lent out
 * @param idle          connections waiting in the pool
 * @param pending       threads waiting for a connection
 * @param max           the pool's maximum size
 * @param min           the pool's minimum idle
 * @param timeoutsTotal cumulative acquire timeouts since the pool started
 * @param acquireP50Ms  median acquire latency in the interval ending here ({@code null} when unknown)
 * @param acquireP99Ms  99th percentile acquire latency ({@code null} when unknown)
 * @param usageP50Ms    median borrow→return time ({@code null} when unknown)
 * @param usageP99Ms    99th percentile borrow→return time ({@code null} when unknown)
 * @param requestRate   requests per second offered to the pool in the interval ending here: acquisitions finished
 *                      (served or timed out) plus the growth of the queue of waiting threads, per second
 *                      ({@code null} when unknown)
 * @param acquireMeanMs mean acquire latency in the interval ending here, from the timer's Δsum/Δcount
 *                      ({@code null} when unknown)
 * @param acquireMaxMs  the largest acquire latency the application reported recently (Micrometer's {@code _max}
 *                      decays over its step window; {@code null} when unknown)
 * @param latencySource where {@code acquireP50Ms}/{@code acquireP99Ms} came from ({@code null}: not said, as in
 *                      files written before it was recorded and in simulations)
 */
public record MetricSample(
        Instant at,
        int total,
        int active,
        int idle,
        int pending,
        int max,
        int min,
        long timeoutsTotal,
        @Nullable Double acquireP50Ms,
        @Nullable Double acquireP99Ms,
        @Nullable Double usageP50Ms,
        @Nullable Double usageP99Ms,
        @Nullable Double requestRate,
        @Nullable Double acquireMeanMs,
        @Nullable Double acquireMaxMs,
        @Nullable LatencySource latencySource) {

    public MetricSample {
        requireNonNull(at, "sample 'at' is required");
        nonNegative(total, "total", at);
        nonNegative(active, "active", at);
        nonNegative(idle, "idle", at);
        nonNegative(pending, "pending", at);
        nonNegative(max, "max", at);
        nonNegative(min, "min", at);
        nonNegative(timeoutsTotal, "timeoutsTotal", at);
        finiteOrNull(acquireP50Ms, "acquireP50Ms", at);
        finiteOrNull(acquireP99Ms, "acquireP99Ms", at);
        finiteOrNull(usageP50Ms, "usageP50Ms", at);
        finiteOrNull(usageP99Ms, "usageP99Ms", at);
        finiteOrNull(requestRate, "requestRate", at);
        finiteOrNull(acquireMeanMs, "acquireMeanMs", at);
        finiteOrNull(acquireMaxMs, "acquireMaxMs", at);
    }

    /** A sample without the mean, maximum and latency source (simulations, logs, older callers). */
    public MetricSample(
            Instant at,
            int total,
            int active,
            int idle,
            int pending,
            int max,
            int min,
            long timeoutsTotal,
            @Nullable Double acquireP50Ms,
            @Nullable Double acquireP99Ms,
            @Nullable Double usageP50Ms,
            @Nullable Double usageP99Ms,
            @Nullable Double requestRate) {
        this(
                at,
                total,
                active,
                idle,
                pending,
                max,
                min,
                timeoutsTotal,
                acquireP50Ms,
                acquireP99Ms,
                usageP50Ms,
                usageP99Ms,
                requestRate,
                null,
                null,
                null);
    }

    /** A sample with only the gauges, no latencies. */
    public static MetricSample gauges(
            Instant at, int total, int active, int idle, int pending, int max, int min, long timeoutsTotal) {
        return new MetricSample(
                at, total, active, idle, pending, max, min, timeoutsTotal, null, null, null, null, null);
    }

    /** Active connections as a share of the maximum, 0..1 (0 when max is unknown). */
    public double utilization() {
        return max == 0 ? 0 : Math.min(1.0, (double) active / max);
    }

    private static void nonNegative(long value, String field, Instant at) {
        if (value < 0) {
            throw new IllegalArgumentException(
                    "sample at " + at + ": '" + field + "' must not be negative, was " + value);
        }
    }

    private static void finiteOrNull(@Nullable Double value, String field, Instant at) {
        if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
            throw new IllegalArgumentException(
                    "sample at " + at + ": '" + field + "' must be a finite number ≥ 0, was " + value);
        }
    }
}
