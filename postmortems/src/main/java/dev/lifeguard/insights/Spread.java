package dev.lifeguard.insights;

import java.util.Arrays;
import java.util.List;

/**
 * The median and 90th percentile of a set of durations in minutes; both {@code null} when the set is empty.
 * Percentiles interpolate linearly between the ranks (the "type 7" rule of R and spreadsheets' PERCENTILE.INC): the
 * value at position {@code (n − 1)·p} of the sorted values, so a median of an even count is the mean of the middle two.
 *
 * @param median the 50th percentile ({@code null} when no value)
 * @param p90    the 90th percentile ({@code null} when no value)
 * @param count  how many values
 */
public record Spread(Double median, Double p90, int count) {

    /** No values. */
    public static final Spread EMPTY = new Spread(null, null, 0);

    public Spread {
        if (count < 0) {
            throw new IllegalArgumentException("spread count must be ≥ 0, was " + count);
        }
    }

    /** The spread of {@code values}. */
    public static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Spread(percentile(sorted, 0.5), percentile(sorted, 0.9), sorted.length);
    }

    /** The {@code p} quantile (0..1) of sorted values, interpolated linearly. */
    static double percentile(double[] sorted, double p) {
        double position = (sorted.length - 1) * p;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double value = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        // Rounded to a thousandth of a minute so printed figures do not carry binary noise.
        return Math.round(value * 1000.0) / 1000.0;
    }
}
