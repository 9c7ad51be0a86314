package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Open arrivals replaying a recorded series of rates: {@code rates[i]} requests per second during the
 * i-th {@code step}. The phase lasts {@code rates.size() × step}.
 *
 * @param rates    requests per second per step, each ≥ 0, at least one &gt; 0
 * @param step     how long each rate applies (default 1 s)
 * @param arrivals poisson (default) or uniform spacing
 */
public record ReplayPhase(List<Double> rates, SimDuration step, Arrivals arrivals) implements LoadPhase {

    public ReplayPhase {
        if (rates == null || rates.isEmpty()) {
            throw new IllegalArgumentException("load phase 'rates' must list at least one rate");
        }
        rates = List.copyOf(rates);
        boolean any = false;
        for (int i = 0; i < rates.size(); i++) {
            Double r = rates.get(i);
            if (r == null || !(r >= 0) || r.isInfinite()) {
                throw new IllegalArgumentException("load phase 'rates[" + i + "]' must be a rate ≥ 0, was " + r);
            }
            any |= r > 0;
        }
        if (!any) {
            throw new IllegalArgumentException("load phase 'rates' are all 0: nothing to replay");
        }
        step = Objects.requireNonNullElse(step, SimDuration.ofMillis(1000));
        Phases.positive(step, "load phase 'step'");
        arrivals = Objects.requireNonNullElse(arrivals, Arrivals.POISSON);
    }

    @JsonCreator
    static ReplayPhase fromJson(
            @JsonProperty("rates") List<Double> rates,
            @JsonProperty("step") SimDuration step,
            @JsonProperty("arrivals") Arrivals arrivals) {
        return new ReplayPhase(rates, step, arrivals);
    }

    @Override
    @JsonIgnore
    public SimDuration duration() {
        return new SimDuration(Math.multiplyExact(step.nanos(), (long) rates.size()));
    }
}
