package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.poolsim.result.Utilization;

/**
 * The per-second average utilization shares of a run, folded as they arrive into what {@link Utilization} needs:
 * their mean and the busiest {@link Utilization#WINDOW_SECONDS}-second window. Memory stays the same however long
 * the run; the result equals {@link Utilization#ofSeconds} over all the shares, to the last bit (same sums, same
 * order).
 */
final class SecondShares {

    private final double[] window = new double[Utilization.WINDOW_SECONDS];
    private long count;
    private double sum;
    private double windowSum;
    private double max;

    /** Adds the next second's share. */
    void add(double share) {
        int w = Utilization.WINDOW_SECONDS;
        sum += share;
        windowSum += share;
        if (count >= w) {
            windowSum -= window[(int) (count % w)];
        }
        window[(int) (count % w)] = share;
        if (count >= w - 1) {
            max = Math.max(max, windowSum / w);
        }
        count++;
    }

    /** The mean share and the busiest window (over all seconds when there are fewer than a window's worth). */
    Utilization utilization() {
        if (count == 0) {
            return new Utilization(0, 0);
        }
        double busiest = Math.min(1.0, count < Utilization.WINDOW_SECONDS ? windowSum / count : max);
        return new Utilization(Math.min(busiest, sum / count), busiest);
    }
}
