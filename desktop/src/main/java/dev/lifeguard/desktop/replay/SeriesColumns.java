package dev.lifeguard.desktop.replay;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A series laid out as primitive columns (epoch milliseconds and one {@code double[]} per metric), so
 * that drawing a frame walks arrays instead of records. Built once per series, off the FX thread.
 */
public final class SeriesColumns {

    private final String name;
    private final long[] times;
    private final Map<ReplayMetric, double[]> values = new EnumMap<>(ReplayMetric.class);
    private final List<MetricSample> samples;

    public SeriesColumns(PoolMetricSeries series) {
        this.name = series.pool();
        this.samples = series.samples();
        int n = samples.size();
        times = new long[n];
        for (ReplayMetric m : ReplayMetric.values()) {
            values.put(m, new double[n]);
        }
        for (int i = 0; i < n; i++) {
            MetricSample s = samples.get(i);
            times[i] = s.at().toEpochMilli();
            for (ReplayMetric m : ReplayMetric.values()) {
                values.get(m)[i] = m.read(s);
            }
        }
    }

    /** The series' pool name. */
    public String name() {
        return name;
    }

    /** How many samples. */
    public int size() {
        return times.length;
    }

    /** Sample times in epoch milliseconds, ascending (shared: do not modify). */
    public long[] times() {
        return times;
    }

    /** One metric's values (shared: do not modify). */
    public double[] values(ReplayMetric metric) {
        return values.get(metric);
    }

    /** The sample at {@code index}. */
    public MetricSample sample(int index) {
        return samples.get(index);
    }

    /** First sample time, or 0 when empty. */
    public long start() {
        return times.length == 0 ? 0 : times[0];
    }

    /** Last sample time, or 0 when empty. */
    public long end() {
        return times.length == 0 ? 0 : times[times.length - 1];
    }

    /** The index of the last sample at or before {@code t}, or −1. */
    public int indexAtOrBefore(long t) {
        int i = Arrays.binarySearch(times, t);
        if (i >= 0) {
            while (i + 1 < times.length && times[i + 1] == t) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    /** The largest finite value of {@code metric} between two times (0 when none). */
    public double maxBetween(ReplayMetric metric, long from, long to) {
        double[] v = values(metric);
        double max = 0;
        int i = Math.max(0, indexAtOrBefore(from));
        for (; i < times.length && times[i] <= to; i++) {
            if (v[i] > max) {
                max = v[i];
            }
        }
        return max;
    }
}
