package dev.lifeguard.poolsim.result;

import dev.lifeguard.incident.metrics.MetricSample;
import java.util.List;

/**
 * Active connections as a share of the pool's maximum. Engines average over each simulated second (as a
 * dashboard's gauge would), so {@code max} is the busiest second, not a single instant's reading.
 *
 * @param mean the time-average share over the run, 0..1
 * @param max  the highest one-second average share, 0..1
 */
public record Utilization(double mean, double max) {

    public Utilization {
        if (!(mean >= 0 && mean <= 1) || !(max >= 0 && max <= 1) || mean > max + 1e-9) {
            throw new IllegalArgumentException("utilization 'mean'/'max' must be in 0..1 with mean ≤ max, were "
                    + mean + " and " + max);
        }
    }

    /** From gauge samples taken at equal intervals, one per second (0/0 when there are none). */
    public static Utilization of(List<MetricSample> samples) {
        if (samples.isEmpty()) {
            return new Utilization(0, 0);
        }
        double sum = 0;
        double max = 0;
        for (MetricSample s : samples) {
            sum += s.utilization();
            max = Math.max(max, s.utilization());
        }
        return new Utilization(Math.min(max, sum / samples.size()), max);
    }
}
