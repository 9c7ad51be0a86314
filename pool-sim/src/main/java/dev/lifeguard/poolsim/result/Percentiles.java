package dev.lifeguard.poolsim.result;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles in milliseconds.
 *
 * @param p50  median
 * @param p90  90th percentile
 * @param p99  99th percentile
 * @param p999 99.9th percentile
 * @param max  the largest value recorded
 */
public record Percentiles(double p50, double p90, double p99, double p999, double max) {

    /** All zero: nothing was recorded. */
    public static final Percentiles EMPTY = new Percentiles(0, 0, 0, 0, 0);

    public Percentiles {
        check(p50, "p50");
        check(p90, "p90");
        check(p99, "p99");
        check(p999, "p999");
        check(max, "max");
    }

    /** Percentiles of a histogram recorded in nanoseconds. */
    public static Percentiles ofNanos(Histogram nanos) {
        if (nanos.getTotalCount() == 0) {
            return EMPTY;
        }
        return new Percentiles(
                ms(nanos.getValueAtPercentile(50)),
                ms(nanos.getValueAtPercentile(90)),
                ms(nanos.getValueAtPercentile(99)),
                ms(nanos.getValueAtPercentile(99.9)),
                ms(nanos.getMaxValue()));
    }

    private static double ms(long nanos) {
        // Three decimals: microsecond resolution is all HdrHistogram's 3 significant digits give at this scale.
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }

    private static void check(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("percentile '" + field + "' must be a finite number ≥ 0, was " + value);
        }
    }
}
