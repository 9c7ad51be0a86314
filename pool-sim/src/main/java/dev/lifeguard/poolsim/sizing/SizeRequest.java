package dev.lifeguard.poolsim.sizing;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.ExponentialHold;
import dev.lifeguard.poolsim.scenario.HoldDistribution;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.RampPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.scenario.Slo;
import dev.lifeguard.poolsim.theory.SizingTargets;

/**
 * What to size for: a peak arrival rate, the hold-time distribution, the timeout and the SLO.
 *
 * @param ratePerSecond peak {@code getConnection} calls per second, &gt; 0
 * @param hold          hold-time distribution (the closed form uses its mean)
 * @param timeout       the connection timeout, &gt; 0
 * @param slo           the objective; a clause left {@code null} is not checked
 * @param seed          seed of the confirming simulation
 */
public record SizeRequest(double ratePerSecond, HoldDistribution hold, SimDuration timeout, Slo slo, long seed) {

    public SizeRequest {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException(
                    "size: '--rate' must be a number of requests per second > 0, was " + ratePerSecond);
        }
        requireNonNull(hold, "size: '--hold' is required");
        requireNonNull(timeout, "size: '--timeout' is required");
        if (timeout.nanos() <= 0) {
            throw new IllegalArgumentException("size: '--timeout' must be > 0");
        }
        requireNonNull(slo, "size: slo");
        if (slo.acquireP99() == null && slo.maxTimeoutRate() == null && slo.maxUtilization() == null) {
            throw new IllegalArgumentException(
                    "size: give at least one objective (--slo-p99, --max-timeout-rate," + " --max-utilization)");
        }
    }

    /** Exponential holds with mean {@code meanHold}. */
    public static SizeRequest exponential(double rate, SimDuration meanHold, SimDuration timeout, Slo slo) {
        return new SizeRequest(rate, new ExponentialHold(meanHold), timeout, slo, 1);
    }

    /**
     * The peak open rate, hold distribution, pool timeout and SLO of {@code scenario}.
     *
     * @throws IllegalArgumentException when the scenario has no constant or ramp phase (no rate to size for)
     */
    public static SizeRequest of(Scenario scenario) {
        double rate = 0;
        for (LoadPhase phase : scenario.load().phases()) {
            if (phase instanceof ConstantPhase c) {
                rate = Math.max(rate, c.rate());
            } else if (phase instanceof RampPhase r) {
                rate = Math.max(rate, Math.max(r.from(), r.to()));
            }
        }
        if (rate == 0) {
            throw new IllegalArgumentException("size: scenario '" + scenario.name() + "' has no constant or ramp"
                    + " phase to take a rate from; give --rate instead");
        }
        Slo slo = scenario.slo();
        if (slo.acquireP99() == null && slo.maxTimeoutRate() == null && slo.maxUtilization() == null) {
            slo = new Slo(null, 0.0, 0.8);
        }
        return new SizeRequest(
                rate,
                scenario.request().hold(),
                SimDuration.ofMillis(scenario.pool().acquireTimeoutMs()),
                slo,
                scenario.seed());
    }

    /** The SLO as closed-form targets. */
    SizingTargets targets() {
        SimDuration acquireP99 = slo.acquireP99();
        return new SizingTargets(
                acquireP99 == null ? null : acquireP99.seconds(), slo.maxTimeoutRate(), slo.maxUtilization());
    }

    /** E[H] in seconds. */
    double meanHoldSeconds() {
        return hold.meanNanos() / 1e9;
    }
}
