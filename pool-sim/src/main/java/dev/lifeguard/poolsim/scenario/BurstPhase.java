package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * {@code count} requests that all intend to start at the same instant {@code at}, measured from the
 * start of the scenario (not from the previous phase).
 *
 * @param count how many requests, ≥ 1
 * @param at    when they arrive (default 0)
 */
public record BurstPhase(int count, SimDuration at) implements LoadPhase {

    public BurstPhase {
        if (count < 1) {
            throw new IllegalArgumentException("load phase 'count' must be at least 1, was " + count);
        }
        at = Objects.requireNonNullElse(at, SimDuration.ZERO);
    }

    @JsonCreator
    static BurstPhase fromJson(@JsonProperty("count") Integer count, @JsonProperty("at") SimDuration at) {
        return new BurstPhase(Phases.required(count, "load phase 'count'"), at);
    }

    /** A burst takes no room on the sequential timeline. */
    @Override
    @JsonIgnore
    public SimDuration duration() {
        return SimDuration.ZERO;
    }
}
