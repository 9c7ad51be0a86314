package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Hold times drawn uniformly from recorded samples (e.g. a query log's durations).
 *
 * @param samples the recorded hold times, at least one
 */
public record EmpiricalHold(List<SimDuration> samples) implements HoldDistribution {

    public EmpiricalHold {
        if (samples == null || samples.isEmpty()) {
            throw new IllegalArgumentException("hold 'samples' must list at least one duration");
        }
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i) == null) {
                throw new IllegalArgumentException("hold 'samples[" + i + "]' must be a duration");
            }
        }
        samples = List.copyOf(samples);
    }

    @JsonCreator
    static EmpiricalHold fromJson(@JsonProperty("samples") List<SimDuration> samples) {
        return new EmpiricalHold(samples);
    }

    @Override
    public double meanNanos() {
        return samples.stream().mapToLong(SimDuration::nanos).average().orElse(0);
    }

    @Override
    public double medianNanos() {
        List<Long> sorted =
                new ArrayList<>(samples.stream().map(SimDuration::nanos).toList());
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
