package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A latency spike: between {@code at} and {@code at + duration} every statement (and so every request's
 * hold) takes {@code latency} longer, and connects take that much longer too.
 *
 * @param at       when the spike starts
 * @param duration how long it lasts, &gt; 0
 * @param latency  the extra time per statement, &gt; 0
 */
public record LatencySpikeEvent(SimDuration at, SimDuration duration, SimDuration latency) implements DatabaseEvent {

    public LatencySpikeEvent {
        Phases.required(at, "database event 'at'");
        Phases.positive(duration, "database event 'duration'");
        Phases.positive(latency, "database event 'latency'");
    }

    @JsonCreator
    static LatencySpikeEvent fromJson(
            @JsonProperty("at") SimDuration at,
            @JsonProperty("duration") SimDuration duration,
            @JsonProperty("latency") SimDuration latency) {
        return new LatencySpikeEvent(at, duration, latency);
    }
}
