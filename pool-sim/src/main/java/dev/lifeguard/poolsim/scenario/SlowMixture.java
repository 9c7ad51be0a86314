package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A share of requests that are slow queries or long transactions, with their own hold distribution.
 *
 * @param fraction share of requests that are slow, 0..1
 * @param hold     the slow requests' hold distribution
 */
public record SlowMixture(double fraction, HoldDistribution hold) {

    public SlowMixture {
        Phases.probability(fraction, "request slow 'fraction'");
        Phases.required(hold, "request slow 'hold'");
    }

    @JsonCreator
    static SlowMixture fromJson(
            @JsonProperty("fraction") Double fraction, @JsonProperty("hold") HoldDistribution hold) {
        return new SlowMixture(Phases.required(fraction, "request slow 'fraction'"), hold);
    }
}
