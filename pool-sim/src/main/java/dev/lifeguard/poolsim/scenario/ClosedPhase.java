package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A closed population: {@code users} clients that each send a request, wait for it to finish, think
 * for an exponentially distributed time with mean {@code thinkTime}, and send the next one. Each user
 * starts after a first think time. The load throttles itself, so it hides exhaustion (queue ≤ users).
 *
 * @param users     concurrent users, ≥ 1
 * @param thinkTime mean think time between a response and the next request (0 = back to back)
 * @param duration  how long users keep sending, &gt; 0
 */
public record ClosedPhase(int users, SimDuration thinkTime, SimDuration duration) implements LoadPhase {

    public ClosedPhase {
        if (users < 1) {
            throw new IllegalArgumentException("load phase 'users' must be at least 1, was " + users);
        }
        if (thinkTime == null) {
            throw new IllegalArgumentException("load phase 'thinkTime' is required (\"0ms\" for back to back)");
        }
        Phases.positive(duration, "load phase 'duration'");
    }

    @JsonCreator
    static ClosedPhase fromJson(
            @JsonProperty("users") Integer users,
            @JsonProperty("thinkTime") SimDuration thinkTime,
            @JsonProperty("duration") SimDuration duration) {
        return new ClosedPhase(Phases.required(users, "load phase 'users'"), thinkTime, duration);
    }
}
