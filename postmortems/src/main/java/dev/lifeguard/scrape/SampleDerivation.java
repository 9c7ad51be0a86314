package dev.lifeguard.scrape;

import dev.lifeguard.incident.metrics.LatencySource;
import dev.lifeguard.incident.metrics.MetricSample;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one pool's successive raw values (gauges, counters, timer sums and histogram buckets, as scraped) into
 * samples. The one place this is done: import builds a fresh derivation per series and feeds it every row in time
 * order; live watch keeps one per pool across scrapes and feeds it each scrape's row, so the same scrapes give the
 * same samples either way.
 *
 * <ul>
 *   <li>Gauges missing from a row keep their last value (exporters do not always write every gauge).
 *   <li>{@code requestRate} is the rate of requests <em>offered</em>: acquisitions finished since the previous row
 *       (the acquire timer counts served and timed-out ones alike) plus the growth of the queue of waiting threads,
 *       over the time between the rows. A thread still waiting has been offered but not counted by the timer yet.
 *   <li>Acquire latency, best source first: the application's own quantiles; else {@link HistogramQuantile} over the
 *       buckets' increase since the previous row (as {@code histogram_quantile(q, rate(…))} does); else none, with
 *       the mean Δsum/Δcount and the maximum {@code _max} kept beside.
 * </ul>
 */
public final class SampleDerivation {

    private static final int FIELDS = MetricField.values().length;

    private final double[] carried = new double[FIELDS];
    private final boolean[] seen = new boolean[FIELDS];
    private long previousMs = Long.MIN_VALUE;
    private double previousCount = Double.NaN;
    private double previousSum = Double.NaN;
    private double previousPending = Double.NaN;
    private TreeMap<Double, Double> previousBuckets;
    /** When the previous buckets were taken: a histogram exported without its {@code _count} still has an increase. */
    private long previousBucketsMs = Long.MIN_VALUE;

    /** A derivation that has seen nothing yet. */
    public SampleDerivation() {
        Arrays.fill(carried, Double.NaN);
    }

    /**
     * The sample for the next row.
     *
     * @param epochMs the row's time, not before the previous row's
     * @param row     values by {@link MetricField} ordinal, NaN where the row has none
     * @param buckets the acquire histogram's cumulative buckets (upper bound in ms → count), empty when none
     */
    public MetricSample next(long epochMs, double[] row, Map<Double, Double> buckets) {
        for (MetricField f : MetricField.values()) {
            double v = row[f.ordinal()];
            if (!Double.isNaN(v)) {
                seen[f.ordinal()] = true;
                carried[f.ordinal()] = v;
            }
        }
        int active = count(MetricField.ACTIVE);
        int idle = count(MetricField.IDLE);
        // both fit an int, their sum need not: capped, never wrapped negative
        int total = seen[MetricField.TOTAL.ordinal()]
                ? count(MetricField.TOTAL)
                : (int) Math.min(Integer.MAX_VALUE, (long) active + idle);
        double acquireCount = row[MetricField.ACQUIRE_COUNT.ordinal()];
        double sum = row[MetricField.ACQUIRE_SUM_MS.ordinal()];
        double pending = seen[MetricField.PENDING.ordinal()] ? carried[MetricField.PENDING.ordinal()] : 0;
        boolean later = previousMs != Long.MIN_VALUE && epochMs > previousMs;
        boolean counterKept = later && !Double.isNaN(previousCount) && acquireCount >= previousCount;

        Double rate = present(row, MetricField.REQUEST_RATE);
        if (rate == null && counterKept) {
            double offered = acquireCount - previousCount + (pending - previousPending);
            rate = finite(Math.max(0, offered) * 1000.0 / (epochMs - previousMs));
        }
        Double mean = null;
        if (counterKept && acquireCount > previousCount && !Double.isNaN(sum) && sum >= previousSum) {
            mean = finite((sum - previousSum) / (acquireCount - previousCount));
        }
        Double p50 = present(row, MetricField.ACQUIRE_P50_MS);
        Double p99 = present(row, MetricField.ACQUIRE_P99_MS);
        Double max = present(row, MetricField.ACQUIRE_MAX_MS);
        LatencySource source;
        TreeMap<Double, Double> now = new TreeMap<>(buckets);
        if (p50 != null || p99 != null) {
            source = LatencySource.QUANTILE;
        } else if (previousBuckets != null && epochMs > previousBucketsMs && !now.isEmpty()) {
            TreeMap<Double, Double> increase = increase(previousBuckets, now);
            p50 = increase == null ? null : finite(HistogramQuantile.of(0.5, increase));
            p99 = increase == null ? null : finite(HistogramQuantile.of(0.99, increase));
            source = p99 != null ? LatencySource.HISTOGRAM : meanOrNone(mean, max, now);
        } else {
            source = meanOrNone(mean, max, now);
        }
        if (!Double.isNaN(acquireCount)) {
            previousCount = acquireCount;
            previousSum = sum;
            previousPending = pending;
            previousMs = epochMs;
        }
        if (!now.isEmpty()) {
            previousBuckets = now;
            previousBucketsMs = epochMs;
        }
        return new MetricSample(
                Instant.ofEpochMilli(epochMs),
                total,
                active,
                idle,
                count(MetricField.PENDING),
                count(MetricField.MAX),
                count(MetricField.MIN),
                (long) Math.max(0, orZero(MetricField.TIMEOUTS)),
                p50,
                p99,
                present(row, MetricField.USAGE_P50_MS),
                present(row, MetricField.USAGE_P99_MS),
                rate,
                mean,
                max,
                source);
    }

    private static LatencySource meanOrNone(Double mean, Double max, Map<Double, Double> buckets) {
        return mean != null || max != null || !buckets.isEmpty() ? LatencySource.MEAN : LatencySource.NONE;
    }

    /** Each bucket's increase, or null when a bucket went back (the application restarted). */
    private static TreeMap<Double, Double> increase(TreeMap<Double, Double> before, TreeMap<Double, Double> now) {
        TreeMap<Double, Double> out = new TreeMap<>();
        for (Map.Entry<Double, Double> e : now.entrySet()) {
            double was = before.getOrDefault(e.getKey(), 0.0);
            if (e.getValue() < was) {
                return null;
            }
            out.put(e.getKey(), e.getValue() - was);
        }
        return out;
    }

    private int count(MetricField f) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, Math.round(orZero(f))));
    }

    private double orZero(MetricField f) {
        double v = carried[f.ordinal()];
        return Double.isNaN(v) ? 0 : v;
    }

    private static Double present(double[] values, MetricField f) {
        double v = values[f.ordinal()];
        return Double.isNaN(v) || Double.isInfinite(v) || v < 0 ? null : v;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) && v >= 0 ? v : null;
    }
}
