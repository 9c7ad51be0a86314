package dev.lifeguard.poolsim.sizing;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
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

/**
 * Sizes a pool: the smallest fixed pool meeting the SLO by the M/M/c+D closed form, then confirmed on
 * the virtual engine (Poisson arrivals at the peak rate, the real hold distribution, a fixed HikariCP
 * pool); if the simulation misses the SLO the size grows until it meets it.
 */
public final class SizeAdvisor {

    /** Simulated requests per confirmation run (enough for a stable 99th percentile). */
    public static final long CONFIRM_REQUESTS = 200_000;
    /** The confirmation gives up growing the pool after this many extra connections. */
    public static final int MAX_GROWTH = 64;

    private SizeAdvisor() {
    }

    /** Sizes for {@code request}. */
    public static SizeReport advise(SizeRequest request, RunControl control) {
        SizingAdvice closed = Sizing.smallestPool(request.ratePerSecond(), request.meanHoldSeconds(),
                request.timeout().seconds(), request.targets());
        int size = closed.poolSize();
        SimulationResult result = simulate(request, size, control);
        int limit = size + MAX_GROWTH;
        while (!result.sloMet() && size < limit) {
            size++;
            result = simulate(request, size, control);
        }
        if (!result.sloMet()) {
            throw new IllegalArgumentException("size: even " + size + " connections miss the SLO in simulation ("
                    + result.sloFailures().get(0).message() + "); the objective may be unreachable with this timeout");
        }
        SimulationResult below = size > 1 ? simulate(request, size - 1, control) : null;
        return new SizeReport(request, closed, size, result, below);
    }

    /** The confirmation scenario at {@code poolSize}: a fixed pool under the peak rate. */
    static Scenario scenario(SizeRequest request, int poolSize) {
        double seconds = Math.max(60, Math.ceil(CONFIRM_REQUESTS / request.ratePerSecond()));
        SimDuration duration = SimDuration.ofSeconds(seconds);
        long timeoutMs = Math.max(HikariPoolConfig.TIMEOUT_FLOOR_MS + 1, request.timeout().toMillis());
        HikariPoolConfig pool = HikariPoolConfig.defaults(poolSize).withConnectionTimeout(timeoutMs);
        return new Scenario("size: " + poolSize + " connections at " + request.ratePerSecond() + "/s", null,
                request.seed(), duration, pool, DatabaseModel.DEFAULT,
                new LoadModel(List.of(new ConstantPhase(request.ratePerSecond(), duration, null))),
                new RequestShape(request.hold(), null, 1, 0), request.slo());
    }

    private static SimulationResult simulate(SizeRequest request, int poolSize, RunControl control) {
        return new VirtualEngine().run(scenario(request, poolSize), control);
    }
}
