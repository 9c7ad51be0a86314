package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Exponentially distributed hold times (the M/M/c assumption).
 *
 * @param mean the mean hold time, &gt; 0
 */
public record ExponentialHold(SimDuration mean) implements HoldDistribution {

    public ExponentialHold {
        Phases.positive(mean, "hold 'mean'");
    }

    @JsonCreator
    static ExponentialHold fromJson(@JsonProperty("mean") SimDuration mean) {
        return new ExponentialHold(mean);
    }

    @Override
    public double meanNanos() {
        return mean.nanos();
    }

    @Override
    public double medianNanos() {
        return mean.nanos() * Math.log(2);
    }
}
