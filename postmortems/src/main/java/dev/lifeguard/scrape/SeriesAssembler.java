package dev.lifeguard.scrape;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.postmortem.redact.Redactor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects values (pool, instance, time, quantity) in any order and builds one {@link PoolMetricSeries} per
 * pool. Gauges missing at a time carry the last known value forward (exporters do not always write every
 * gauge in every scrape); the request rate comes from the acquire counter's increase.
 */
public final class SeriesAssembler {

    private static final int FIELDS = MetricField.values().length;

    private final Map<String, Map<String, TreeMap<Long, double[]>>> byPool = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    /** Records one value; a later value for the same pool, time and quantity replaces an earlier one. */
    public void put(String pool, String instance, long epochMs, MetricField field, double value) {
        String name = pool == null || pool.isBlank() ? "default" : label(pool);
        String inst = instance == null ? "" : label(instance);
        double[] row = byPool.computeIfAbsent(name, p -> new LinkedHashMap<>())
                .computeIfAbsent(inst, i -> new TreeMap<>())
                .computeIfAbsent(epochMs, t -> {
                    double[] fresh = new double[FIELDS];
                    Arrays.fill(fresh, Double.NaN);
                    return fresh;
                });
        row[field.ordinal()] = value;
    }

    /**
     * The label with its secrets masked, once per distinct label. The readers' lines are redacted already; this
     * catches what only decoding shows (an escaped quote in an exposition label, a JSON escape).
     */
    private String label(String raw) {
        return labels.computeIfAbsent(raw, Redactor::mask);
    }

    /** True when nothing was recorded. */
    public boolean isEmpty() {
        return byPool.isEmpty();
    }

    /**
     * One series per pool (per pool and instance when one pool name comes from several instances, named
     * {@code pool@instance}), in the order pools were first seen.
     */
    public List<PoolMetricSeries> build(String source) {
        List<PoolMetricSeries> out = new ArrayList<>();
        byPool.forEach((pool, instances) -> {
            boolean qualify = instances.size() > 1;
            instances.forEach((instance, rows) -> {
                String name = qualify && !instance.isEmpty() ? pool + "@" + instance : pool;
                out.add(new PoolMetricSeries(name, source, samples(rows)));
            });
        });
        return out;
    }

    /**
     * The latest value recorded for {@code pool} (any instance) and {@code field}, if any: live watch uses it
     * to turn the acquire counter of successive scrapes into a request rate.
     */
    public OptionalDouble last(String pool, MetricField field) {
        Map<String, TreeMap<Long, double[]>> instances = byPool.get(pool);
        if (instances == null) {
            return OptionalDouble.empty();
        }
        for (TreeMap<Long, double[]> rows : instances.values()) {
            for (double[] row : rows.descendingMap().values()) {
                if (!Double.isNaN(row[field.ordinal()])) {
                    return OptionalDouble.of(row[field.ordinal()]);
                }
            }
        }
        return OptionalDouble.empty();
    }

    /** The distinct pool names seen. */
    public Set<String> pools() {
        return new TreeSet<>(byPool.keySet());
    }

    private static List<MetricSample> samples(TreeMap<Long, double[]> rows) {
        List<MetricSample> samples = new ArrayList<>(rows.size());
        double[] carried = new double[FIELDS];
        Arrays.fill(carried, Double.NaN);
        Map<MetricField, Boolean> everSeen = new HashMap<>();
        long previousMs = Long.MIN_VALUE;
        double previousCount = Double.NaN;
        for (Map.Entry<Long, double[]> entry : rows.entrySet()) {
            double[] row = entry.getValue();
            for (MetricField f : MetricField.values()) {
                double v = row[f.ordinal()];
                if (!Double.isNaN(v)) {
                    everSeen.put(f, true);
                    carried[f.ordinal()] = v;
                }
            }
            long at = entry.getKey();
            int active = count(carried, MetricField.ACTIVE);
            int idle = count(carried, MetricField.IDLE);
            // both fit an int, their sum need not: capped, never wrapped negative
            int total = everSeen.containsKey(MetricField.TOTAL)
                    ? count(carried, MetricField.TOTAL)
                    : (int) Math.min(Integer.MAX_VALUE, (long) active + idle);
            double acquireCount = row[MetricField.ACQUIRE_COUNT.ordinal()];
            Double rate = present(row, MetricField.REQUEST_RATE);
            if (rate == null
                    && !Double.isNaN(acquireCount)
                    && !Double.isNaN(previousCount)
                    && at > previousMs
                    && acquireCount >= previousCount) {
                rate = (acquireCount - previousCount) * 1000.0 / (at - previousMs);
                rate = Double.isFinite(rate) ? rate : null;
            }
            if (!Double.isNaN(acquireCount)) {
                previousCount = acquireCount;
                previousMs = at;
            }
            samples.add(new MetricSample(
                    Instant.ofEpochMilli(at),
                    total,
                    active,
                    idle,
                    count(carried, MetricField.PENDING),
                    count(carried, MetricField.MAX),
                    count(carried, MetricField.MIN),
                    (long) Math.max(0, orZero(carried, MetricField.TIMEOUTS)),
                    present(row, MetricField.ACQUIRE_P50_MS),
                    present(row, MetricField.ACQUIRE_P99_MS),
                    present(row, MetricField.USAGE_P50_MS),
                    present(row, MetricField.USAGE_P99_MS),
                    rate));
        }
        return samples;
    }

    /** A gauge as a sample holds it; readers check the range, the clamp keeps a missed check from wrapping. */
    private static int count(double[] values, MetricField f) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, Math.round(orZero(values, f))));
    }

    private static double orZero(double[] values, MetricField f) {
        double v = values[f.ordinal()];
        return Double.isNaN(v) ? 0 : v;
    }

    private static Double present(double[] values, MetricField f) {
        double v = values[f.ordinal()];
        return Double.isNaN(v) || Double.isInfinite(v) || v < 0 ? null : v;
    }
}
