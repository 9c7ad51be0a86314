package dev.lifeguard.poolsim.load;

import dev.lifeguard.poolsim.scenario.Arrivals;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.RampPhase;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Arrival times of the rate phases (constant, ramp, replay), in order. Each phase is a non-homogeneous
 * arrival process with cumulative intensity Λ(t); arrivals are where Λ crosses the points of a unit
 * Poisson process (poisson) or the integers (uniform), found by inverting Λ exactly.
 */
final class OpenArrivals {

    private static final double NANOS = 1e9;

    private final List<LoadPhase> phases;
    private final long[] starts;
    private final long end;
    private final SplittableRandom random;
    private int phase = -1;
    private double level;

    OpenArrivals(List<LoadPhase> phases, long[] starts, long endNanos, SplittableRandom random) {
        this.phases = phases;
        this.starts = starts;
        this.end = endNanos;
        this.random = random;
        advancePhase();
    }

    /** The phase index of the arrival {@link #next()} returns next, or −1 when none are left. */
    int phase() {
        return phase;
    }

    /** The next arrival time in nanoseconds, or −1 when no rate phase has any arrival left. */
    long next() {
        while (phase >= 0) {
            LoadPhase current = phases.get(phase);
            boolean first = Double.isNaN(level);
            double target = (first ? 0 : level) + step(current, first);
            double offsetSeconds = inverse(current, target);
            long at = starts[phase] + Math.round(offsetSeconds * NANOS);
            if (offsetSeconds >= 0 && offsetSeconds * NANOS < current.duration().nanos() && at < end) {
                level = target;
                return at;
            }
            advancePhase();
        }
        return -1;
    }

    private double step(LoadPhase current, boolean first) {
        Arrivals arrivals;
        if (current instanceof ConstantPhase c) {
            arrivals = c.arrivals();
        } else if (current instanceof RampPhase r) {
            arrivals = r.arrivals();
        } else {
            arrivals = ((ReplayPhase) current).arrivals();
        }
        if (arrivals == Arrivals.UNIFORM) {
            // The first uniform arrival falls at the phase start, then one every 1/rate.
            return first ? 0 : 1;
        }
        return HoldSampler.exponential(random);
    }

    private void advancePhase() {
        do {
            phase++;
        } while (phase < phases.size() && !isRatePhase(phases.get(phase)));
        if (phase >= phases.size() || starts[phase] >= end) {
            phase = -1;
        }
        level = Double.NaN;
    }

    private static boolean isRatePhase(LoadPhase p) {
        return p instanceof ConstantPhase || p instanceof RampPhase || p instanceof ReplayPhase;
    }

    /** The time in seconds from the phase start at which Λ reaches {@code y}; +∞ when never. */
    static double inverse(LoadPhase p, double y) {
        if (p instanceof ConstantPhase c) {
            return y / c.rate();
        }
        if (p instanceof RampPhase r) {
            double a = r.from();
            double k = (r.to() - r.from()) / r.duration().seconds();
            if (k == 0) {
                return y / a;
            }
            double disc = a * a + 2 * k * y;
            if (disc < 0) {
                return Double.POSITIVE_INFINITY;
            }
            double denominator = a + Math.sqrt(disc);
            return denominator == 0 ? (y == 0 ? 0 : Double.POSITIVE_INFINITY) : 2 * y / denominator;
        }
        ReplayPhase replay = (ReplayPhase) p;
        double step = replay.step().seconds();
        double remaining = y;
        for (int i = 0; i < replay.rates().size(); i++) {
            double rate = replay.rates().get(i);
            double inStep = rate * step;
            if (remaining < inStep) {
                return i * step + remaining / rate;
            }
            remaining -= inStep;
        }
        return Double.POSITIVE_INFINITY;
    }
}
