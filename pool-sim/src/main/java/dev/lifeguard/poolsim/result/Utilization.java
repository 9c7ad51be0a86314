package dev.lifeguard.poolsim.result;

import dev.lifeguard.incident.metrics.MetricSample;
import java.util.List;

/**
 * Active connections as a share of the pool's maximum. {@code max} is the highest average over any
 * {@value #WINDOW_SECONDS} simulated seconds (sliding by one second), as a dashboard's averaged gauge shows
 * it: sustained load, not a single instant's reading. Both engines compute it this way.
 *
 * @param mean the time-average share over the run, 0..1
 * @param max  the highest {@value #WINDOW_SECONDS}-second average share, 0..1
 */
public record Utilization(double mean, double max) {

    /** The averaging window of {@code max}, in simulated seconds. */
    public static final int WINDOW_SECONDS = 10;

    public Utilization {
        if (!(mean >= 0 && mean <= 1) || !(max >= 0 && max <= 1) || mean > max + 1e-9) {
            throw new IllegalArgumentException(
                    "utilization 'mean'/'max' must be in 0..1 with mean ≤ max, were " + mean + " and " + max);
        }
    }

    /** From gauge samples taken once per second (0/0 when there are none). */
    public static Utilization of(List<MetricSample> samples) {
        double[] shares = new double[samples.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = samples.get(i).utilization();
        }
        return ofSeconds(shares);
    }

    /**
     * From one average share per simulated second: the mean of them all, and the highest mean over
     * {@link #WINDOW_SECONDS} consecutive seconds (over all of them when the run is shorter).
     */
    public static Utilization ofSeconds(double[] perSecond) {
        if (perSecond.length == 0) {
            return new Utilization(0, 0);
        }
        int window = Math.min(WINDOW_SECONDS, perSecond.length);
        double sum = 0;
        double windowSum = 0;
        double max = 0;
        for (int i = 0; i < perSecond.length; i++) {
            sum += perSecond[i];
            windowSum += perSecond[i];
            if (i >= window) {
                windowSum -= perSecond[i - window];
            }
            if (i >= window - 1) {
                max = Math.max(max, windowSum / window);
            }
        }
        max = Math.min(1.0, max);
        return new Utilization(Math.min(max, sum / perSecond.length), max);
    }
}
