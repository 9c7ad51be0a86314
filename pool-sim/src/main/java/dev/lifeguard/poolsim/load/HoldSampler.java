package dev.lifeguard.poolsim.load;

import dev.lifeguard.poolsim.scenario.ConstantHold;
import dev.lifeguard.poolsim.scenario.EmpiricalHold;
import dev.lifeguard.poolsim.scenario.ExponentialHold;
import dev.lifeguard.poolsim.scenario.HoldDistribution;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import java.util.SplittableRandom;

/** Draws hold times from a {@link HoldDistribution}. */
public final class HoldSampler {

    private HoldSampler() {}

    /** One hold time in nanoseconds; consumes a fixed amount of randomness per distribution kind. */
    public static long sample(HoldDistribution dist, SplittableRandom random) {
        if (dist instanceof ConstantHold c) {
            return c.value().nanos();
        }
        if (dist instanceof ExponentialHold e) {
            return Math.round(exponential(random) * e.mean().nanos());
        }
        if (dist instanceof LognormalHold l) {
            double value = Math.exp(l.mu() + l.sigma() * gaussian(random));
            return Math.min(Math.round(value), Long.MAX_VALUE / 4);
        }
        EmpiricalHold empirical = (EmpiricalHold) dist;
        return empirical
                .samples()
                .get(random.nextInt(empirical.samples().size()))
                .nanos();
    }

    /** A standard exponential variate (mean 1). */
    public static double exponential(SplittableRandom random) {
        return -Math.log(1.0 - random.nextDouble());
    }

    /** A standard normal variate (Box–Muller; uses two uniforms, one result). */
    static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
