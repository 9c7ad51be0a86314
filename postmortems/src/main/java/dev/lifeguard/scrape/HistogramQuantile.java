package dev.lifeguard.scrape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * PromQL's {@code histogram_quantile} over classic {@code _bucket} series, with its rules: the buckets are sorted by
 * upper bound and those with equal bounds added together; counts are made monotonic (a bucket counting fewer than
 * one below it takes that one's count, and differences within 1e-12 of the count are floating-point noise); the value
 * is interpolated linearly inside the bucket that holds the rank; the lowest bucket starts at 0 when its upper bound is
 * positive (otherwise its upper bound is the answer); a rank in the {@code +Inf} bucket answers the second-highest
 * upper bound. NaN when there is no {@code +Inf} bucket, fewer than two buckets, or no observations; −Inf for
 * {@code q < 0} and +Inf for {@code q > 1}.
 */
public final class HistogramQuantile {

    /** Relative difference below which PromQL treats two bucket counts as equal. */
    private static final double PRECISION = 1e-12;

    private HistogramQuantile() {}

    /**
     * The {@code q}-quantile of cumulative buckets.
     *
     * @param q       the quantile, 0..1
     * @param buckets upper bound ({@code le}) → cumulative count, in any order
     */
    public static double of(double q, Map<Double, Double> buckets) {
        List<double[]> list = new ArrayList<>(buckets.size());
        buckets.forEach((le, count) -> list.add(new double[] {le, count}));
        return of(q, list);
    }

    /**
     * The {@code q}-quantile of cumulative buckets given as {@code {upperBound, count}} pairs in any order; pairs
     * with the same upper bound (written {@code 0.1} and {@code 0.10}) are added together, as PromQL does.
     */
    public static double of(double q, List<double[]> buckets) {
        if (Double.isNaN(q)) {
            return Double.NaN;
        }
        if (q < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (q > 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (buckets.isEmpty()) {
            return Double.NaN;
        }
        double[][] sorted = buckets.stream()
                .map(b -> new double[] {b[0], b[1]})
                .sorted(Comparator.comparingDouble(b -> b[0]))
                .toArray(double[][]::new);
        if (sorted[sorted.length - 1][0] != Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        double[][] b = coalesce(sorted);
        correctPrecisionErrors(b);
        ensureMonotonic(b);
        if (b.length < 2) {
            return Double.NaN;
        }
        double observations = b[b.length - 1][1];
        if (observations == 0) {
            return Double.NaN;
        }
        double rank = q * observations;
        int i = firstAtLeast(b, rank);
        if (i == b.length - 1) {
            return b[b.length - 2][0];
        }
        if (i == 0 && b[0][0] <= 0) {
            return b[0][0];
        }
        double start = 0;
        double end = b[i][0];
        double count = b[i][1];
        if (i > 0) {
            start = b[i - 1][0];
            count -= b[i - 1][1];
            rank -= b[i - 1][1];
        }
        return start + (end - start) * (rank / count);
    }

    /** The first of the finite buckets (all but the last) whose count reaches {@code rank}; the last index if none. */
    private static int firstAtLeast(double[][] b, double rank) {
        int lo = 0;
        int hi = b.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (b[mid][1] >= rank) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static double[][] coalesce(double[][] sorted) {
        List<double[]> out = new ArrayList<>();
        double[] last = sorted[0];
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i][0] == last[0]) {
                last[1] += sorted[i][1];
            } else {
                out.add(last);
                last = sorted[i];
            }
        }
        out.add(last);
        return out.toArray(double[][]::new);
    }

    private static void correctPrecisionErrors(double[][] b) {
        double previous = b[0][1];
        for (int i = 1; i < b.length; i++) {
            double current = b[i][1];
            double delta = Math.abs(current - previous);
            if (delta == 0) {
                continue;
            }
            if (delta / current <= PRECISION) {
                b[i][1] = previous;
            } else {
                previous = current;
            }
        }
    }

    /** The envelope of the counts: a decrease between successive buckets is removed. */
    private static void ensureMonotonic(double[][] b) {
        double max = b[0][1];
        for (int i = 1; i < b.length; i++) {
            if (b[i][1] > max) {
                max = b[i][1];
            } else if (b[i][1] < max) {
                b[i][1] = max;
            }
        }
    }
}
