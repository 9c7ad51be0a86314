package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every request holds for exactly {@code value}.
 *
 * @param value the hold time
 */
public record ConstantHold(SimDuration value) implements HoldDistribution {

    public ConstantHold {
        Phases.required(value, "hold 'value'");
    }

    @JsonCreator
    static ConstantHold fromJson(@JsonProperty("value") SimDuration value) {
        return new ConstantHold(value);
    }

    @Override
    public double meanNanos() {
        return value.nanos();
    }

    @Override
    public double medianNanos() {
        return value.nanos();
    }
}
