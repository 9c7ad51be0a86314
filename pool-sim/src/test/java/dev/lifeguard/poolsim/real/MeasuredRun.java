package dev.lifeguard.poolsim.real;

import dev.lifeguard.poolsim.result.Distortion;
import dev.lifeguard.poolsim.result.SimulationResult;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * A real-engine run fit to be compared with a bound: the engine itself reports, as a "harness lag" distortion, a
 * run in which its threads fired late enough to move a p99 past its tolerance (a busy machine, a GC pause). Such a
 * run measures the machine, not the pool, so it is run again; when every attempt is distorted, the test is aborted
 * (reported as skipped, with the engine's own explanation) rather than judged on numbers the engine disowns. The
 * bounds themselves are never widened.
 */
public final class MeasuredRun {

    /** Attempts before giving up on a machine too busy to measure on. */
    static final int ATTEMPTS = 3;

    private MeasuredRun() {}

    /** The first of up to {@link #ATTEMPTS} runs that carries no harness-lag distortion. */
    public static SimulationResult undistorted(Supplier<SimulationResult> run) {
        String last = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            SimulationResult result = run.get();
            Optional<Distortion> lag = harnessLag(result);
            if (lag.isEmpty()) {
                return result;
            }
            last = lag.get().meaning();
        }
        Assumptions.abort("every one of " + ATTEMPTS + " real runs was distorted by the machine's load: " + last);
        throw new AssertionError("unreachable");
    }

    /** The run's harness-lag distortion, if the engine reported one. */
    static Optional<Distortion> harnessLag(SimulationResult result) {
        return result.distortions().stream()
                .filter(d -> d.setting().equals("harness lag"))
                .findFirst();
    }
}
