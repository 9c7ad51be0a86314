package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What each request does with the pool.
 *
 * @param hold                  how long it holds each connection
 * @param slow                  an optional slow-query mixture ({@code null} for none)
 * @param connectionsPerRequest connections held at once, borrowed one after another (&gt; 1 models the
 *                              pool-locking deadlock), 1..100, default 1
 * @param leakProbability       chance a request never returns its connections, 0..1, default 0
 */
public record RequestShape(
        HoldDistribution hold, @Nullable SlowMixture slow, int connectionsPerRequest, double leakProbability) {

    public RequestShape {
        Phases.required(hold, "request 'hold'");
        if (connectionsPerRequest < 1 || connectionsPerRequest > 100) {
            throw new IllegalArgumentException(
                    "request 'connectionsPerRequest' must be between 1 and 100, was " + connectionsPerRequest);
        }
        Phases.probability(leakProbability, "request 'leakProbability'");
    }

    @JsonCreator
    static RequestShape fromJson(
            @JsonProperty("hold") HoldDistribution hold,
            @JsonProperty("slow") @Nullable SlowMixture slow,
            @JsonProperty("connectionsPerRequest") Integer connectionsPerRequest,
            @JsonProperty("leakProbability") Double leakProbability) {
        return new RequestShape(
                hold,
                slow,
                connectionsPerRequest == null ? 1 : connectionsPerRequest,
                leakProbability == null ? 0.0 : leakProbability);
    }

    /** The mean hold time including the slow mixture, in nanoseconds. */
    public double meanHoldNanos() {
        if (slow == null) {
            return hold.meanNanos();
        }
        return (1 - slow.fraction()) * hold.meanNanos()
                + slow.fraction() * slow.hold().meanNanos();
    }
}
