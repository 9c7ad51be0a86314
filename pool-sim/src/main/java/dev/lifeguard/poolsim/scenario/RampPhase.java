package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Open arrivals whose rate changes linearly from {@code from} to {@code to} over the phase.
 *
 * @param from     requests per second at the start, ≥ 0
 * @param to       requests per second at the end, ≥ 0 (not both zero)
 * @param duration how long the ramp lasts, &gt; 0
 * @param arrivals poisson (default) or uniform spacing
 */
public record RampPhase(double from, double to, SimDuration duration, Arrivals arrivals) implements LoadPhase {

    public RampPhase {
        if (!(from >= 0) || !(to >= 0) || Double.isInfinite(from) || Double.isInfinite(to) || from + to == 0) {
            throw new IllegalArgumentException(
                    "load phase 'from'/'to' must be rates ≥ 0 and not both 0, were " + from + " and " + to);
        }
        Phases.positive(duration, "load phase 'duration'");
        arrivals = Objects.requireNonNullElse(arrivals, Arrivals.POISSON);
    }

    @JsonCreator
    static RampPhase fromJson(
            @JsonProperty("from") Double from,
            @JsonProperty("to") Double to,
            @JsonProperty("duration") SimDuration duration,
            @JsonProperty("arrivals") Arrivals arrivals) {
        return new RampPhase(
                Phases.required(from, "load phase 'from'"), Phases.required(to, "load phase 'to'"), duration, arrivals);
    }
}
