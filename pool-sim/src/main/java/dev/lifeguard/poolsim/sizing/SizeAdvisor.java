package dev.lifeguard.poolsim.sizing;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Arrivals;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.LoadModel;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.theory.Sizing;
import dev.lifeguard.poolsim.theory.SizingAdvice;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sizes a pool: the smallest fixed pool meeting the SLO by the M/M/c+D closed form, then confirmed on
 * the virtual engine (Poisson arrivals at the peak rate, the real hold distribution, a fixed HikariCP
 * pool). If the simulation misses the SLO the search goes upward, in steps that double, until a pool meets
 * it, then bisects back to the smallest one that does; it stops at {@link #bound(int)} and says so.
 */
public final class SizeAdvisor {

    /** Simulated requests per confirmation run (enough for a stable 99th percentile). */
    public static final long CONFIRM_REQUESTS = 200_000;
    /** The upward search stops at this many times the closed form's size (at least {@link #MIN_GROWTH} more). */
    public static final int BOUND_FACTOR = 4;
    /** However small the closed form's answer, the search may grow the pool by this many connections. */
    public static final int MIN_GROWTH = 64;

    private SizeAdvisor() {}

    /**
     * The largest pool the search simulates when the closed form proposed {@code closedFormSize}: a simulation
     * that needs four times what queueing theory says means the objective is out of reach of pool size alone.
     */
    public static int bound(int closedFormSize) {
        long bound = Math.max((long) closedFormSize * BOUND_FACTOR, (long) closedFormSize + MIN_GROWTH);
        return (int) Math.min(Sizing.MAX_POOL, bound);
    }

    /**
     * Sizes for {@code request}, searching up to {@link #bound(int)}.
     *
     * @throws IllegalArgumentException when no pool up to the bound meets the SLO in simulation
     */
    public static SizeReport advise(SizeRequest request, RunControl control) {
        return advise(request, control, null);
    }

    /**
     * Sizes for {@code request}, simulating no pool larger than {@code maxSize} ({@code null}: {@link #bound(int)}).
     *
     * @throws IllegalArgumentException when no pool up to the bound meets the SLO in simulation (the message
     *                                  names the bound, where it came from, and what the largest pool missed)
     */
    public static SizeReport advise(SizeRequest request, RunControl control, @Nullable Integer maxSize) {
        if (maxSize != null && maxSize < 1) {
            throw new IllegalArgumentException("size: '--max-size' must be at least 1, was " + maxSize);
        }
        SizingAdvice closed = Sizing.smallestPool(
                request.ratePerSecond(),
                request.meanHoldSeconds(),
                request.timeout().seconds(),
                request.targets());
        int bound = maxSize != null ? maxSize : bound(closed.poolSize());
        String boundName = maxSize != null
                ? "--max-size " + maxSize
                : "the search's bound: " + BOUND_FACTOR + " × the closed form's " + closed.poolSize() + ", at least "
                        + MIN_GROWTH + " more";
        int size = Math.min(closed.poolSize(), bound);
        SimulationResult result = simulate(request, size, control);
        @Nullable SimulationResult below = null;
        if (!result.sloMet()) {
            // Upward in doubling steps: the last miss and the first pass bracket the answer.
            int missed = size;
            SimulationResult missedResult = result;
            int step = Math.max(1, size / 64);
            while (!result.sloMet()) {
                if (size >= bound) {
                    throw new IllegalArgumentException("size: no pool up to " + bound + " connections meets the SLO"
                            + " in simulation (" + boundName + "); at " + size + ": "
                            + result.sloFailures().get(0).message() + "; the objective may be unreachable with this"
                            + " timeout");
                }
                missed = size;
                missedResult = result;
                size = (int) Math.min(bound, (long) size + step);
                step *= 2;
                result = simulate(request, size, control);
            }
            // Bisect (missed, size]: the smallest passing pool, and the one just below it.
            int lo = missed;
            SimulationResult loResult = missedResult;
            while (size - lo > 1) {
                int mid = (lo + size) >>> 1;
                SimulationResult midResult = simulate(request, mid, control);
                if (midResult.sloMet()) {
                    size = mid;
                    result = midResult;
                } else {
                    lo = mid;
                    loResult = midResult;
                }
            }
            below = loResult;
        } else if (size > 1) {
            below = simulate(request, size - 1, control);
        }
        return new SizeReport(request, closed, size, result, below);
    }

    /** The confirmation scenario at {@code poolSize}: a fixed pool under the peak rate. */
    static Scenario scenario(SizeRequest request, int poolSize) {
        double seconds = Math.max(60, Math.ceil(CONFIRM_REQUESTS / request.ratePerSecond()));
        SimDuration duration = SimDuration.ofSeconds(seconds);
        long timeoutMs = Math.max(
                HikariPoolConfig.TIMEOUT_FLOOR_MS + 1, request.timeout().toMillis());
        HikariPoolConfig pool = HikariPoolConfig.defaults(poolSize).withConnectionTimeout(timeoutMs);
        return new Scenario(
                "size: " + poolSize + " connections at " + request.ratePerSecond() + "/s",
                null,
                request.seed(),
                duration,
                pool,
                DatabaseModel.DEFAULT,
                new LoadModel(List.of(new ConstantPhase(request.ratePerSecond(), duration, Arrivals.POISSON))),
                new RequestShape(request.hold(), null, 1, 0),
                request.slo());
    }

    private static SimulationResult simulate(SizeRequest request, int poolSize, RunControl control) {
        return new VirtualEngine().run(scenario(request, poolSize), control);
    }
}
