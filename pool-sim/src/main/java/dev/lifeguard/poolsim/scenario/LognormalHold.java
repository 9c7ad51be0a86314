package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Lognormal hold times given by their median and 99th percentile, the heavy-ish tail of real queries.
 *
 * @param p50 the median, &gt; 0
 * @param p99 the 99th percentile, ≥ p50
 */
public record LognormalHold(SimDuration p50, SimDuration p99) implements HoldDistribution {

    /** The standard normal quantile at 0.99. */
    public static final double Z99 = 2.3263478740408408;

    public LognormalHold {
        Phases.positive(p50, "hold 'p50'");
        Phases.positive(p99, "hold 'p99'");
        if (p99.compareTo(p50) < 0) {
            throw new IllegalArgumentException("hold 'p99' (" + p99 + ") must not be below 'p50' (" + p50 + ")");
        }
    }

    @JsonCreator
    static LognormalHold fromJson(@JsonProperty("p50") SimDuration p50, @JsonProperty("p99") SimDuration p99) {
        return new LognormalHold(p50, p99);
    }

    /** μ of the underlying normal, in log-nanoseconds. */
    public double mu() {
        return Math.log(p50.nanos());
    }

    /** σ of the underlying normal. */
    public double sigma() {
        return (Math.log(p99.nanos()) - Math.log(p50.nanos())) / Z99;
    }

    @Override
    public double meanNanos() {
        double s = sigma();
        return Math.exp(mu() + s * s / 2);
    }

    @Override
    public double medianNanos() {
        return p50.nanos();
    }
}
