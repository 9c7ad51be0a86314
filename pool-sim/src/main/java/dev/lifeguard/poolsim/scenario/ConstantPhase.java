package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Open arrivals at a constant rate.
 *
 * @param rate     requests per second, &gt; 0
 * @param duration how long the phase lasts, &gt; 0
 * @param arrivals poisson (default) or uniform spacing
 */
public record ConstantPhase(double rate, SimDuration duration, Arrivals arrivals) implements LoadPhase {

    public ConstantPhase {
        Phases.positiveRate(rate, "load phase 'rate'");
        Phases.positive(duration, "load phase 'duration'");
        arrivals = Objects.requireNonNullElse(arrivals, Arrivals.POISSON);
    }

    @JsonCreator
    static ConstantPhase fromJson(
            @JsonProperty("rate") Double rate,
            @JsonProperty("duration") SimDuration duration,
            @JsonProperty("arrivals") Arrivals arrivals) {
        return new ConstantPhase(Phases.required(rate, "load phase 'rate'"), duration, arrivals);
    }
}
