package dev.lifeguard.poolsim.sweep;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.poolsim.result.SimulationResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One point of a sweep: the values it set and the figures its run produced.
 *
 * @param settings         key → value, in axis order
 * @param requests         requests started
 * @param timeouts         acquire timeouts
 * @param errors           other failures
 * @param timeoutRate      timeouts ÷ requests
 * @param acquireP50Ms     median acquire latency
 * @param acquireP99Ms     99th percentile acquire latency
 * @param acquireMaxMs     longest acquire
 * @param utilizationMean  mean active ÷ maximum
 * @param utilizationMax   busiest 10-second window's active ÷ maximum
 * @param throughputPerSec served per simulated second
 * @param firstTimeoutAtMs simulated time of the first timeout ({@code null}: none)
 * @param sloMet           whether the scenario's SLO held
 */
public record SweepPoint(
        Map<String, Double> settings,
        long requests,
        long timeouts,
        long errors,
        double timeoutRate,
        double acquireP50Ms,
        double acquireP99Ms,
        double acquireMaxMs,
        double utilizationMean,
        double utilizationMax,
        double throughputPerSec,
        @Nullable Double firstTimeoutAtMs,
        boolean sloMet) {

    public SweepPoint {
        requireNonNull(settings, "sweep point 'settings'");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The figures of {@code result} for the point {@code settings}. */
    public static SweepPoint of(Map<String, Double> settings, SimulationResult result) {
        return new SweepPoint(
                settings,
                result.requests(),
                result.timeouts(),
                result.errorCount(),
                result.timeoutRate(),
                result.acquireMs().p50(),
                result.acquireMs().p99(),
                result.acquireMs().max(),
                result.utilization().mean(),
                result.utilization().max(),
                result.throughputPerSec(),
                result.firstTimeoutAtMs(),
                result.sloMet());
    }
}
