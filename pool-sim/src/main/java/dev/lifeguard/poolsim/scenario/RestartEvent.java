package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A database restart: at {@code at} every open connection breaks, and connects fail until
 * {@code at + duration}.
 *
 * @param at       when the database goes down
 * @param duration how long it stays down, &gt; 0
 */
public record RestartEvent(SimDuration at, SimDuration duration) implements DatabaseEvent {

    public RestartEvent {
        Phases.required(at, "database event 'at'");
        Phases.positive(duration, "database event 'duration'");
    }

    @JsonCreator
    static RestartEvent fromJson(@JsonProperty("at") SimDuration at, @JsonProperty("duration") SimDuration duration) {
        return new RestartEvent(at, duration);
    }
}
