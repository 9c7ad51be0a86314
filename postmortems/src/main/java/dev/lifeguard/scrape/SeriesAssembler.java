package dev.lifeguard.scrape;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.postmortem.redact.Redactor;
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
import java.util.function.Function;

/**
 * Collects values (pool, instance, time, quantity) in any order and builds one {@link PoolMetricSeries} per
 * pool. Gauges missing at a time carry the last known value forward (exporters do not always write every
 * gauge in every scrape); samples are derived by {@link SampleDerivation}.
 */
public final class SeriesAssembler {

    private static final int FIELDS = MetricField.values().length;

    private final Map<String, Map<String, TreeMap<Long, double[]>>> byPool = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** pool → instance → time → acquire histogram (upper bound in ms → cumulative count). */
    private final Map<String, Map<String, Map<Long, TreeMap<Double, Double>>>> buckets = new HashMap<>();

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

    /** Records one cumulative bucket of the acquire histogram; the time also gets a row, so the sample exists. */
    public void putBucket(String pool, String instance, long epochMs, double upperBoundMs, double count) {
        String name = pool == null || pool.isBlank() ? "default" : label(pool);
        String inst = instance == null ? "" : label(instance);
        byPool.computeIfAbsent(name, p -> new LinkedHashMap<>())
                .computeIfAbsent(inst, i -> new TreeMap<>())
                .computeIfAbsent(epochMs, t -> {
                    double[] fresh = new double[FIELDS];
                    Arrays.fill(fresh, Double.NaN);
                    return fresh;
                });
        buckets.computeIfAbsent(name, p -> new HashMap<>())
                .computeIfAbsent(inst, i -> new HashMap<>())
                .computeIfAbsent(epochMs, t -> new TreeMap<>())
                .merge(upperBoundMs, count, Double::sum);
    }

    /**
     * The label with its secrets masked, once per distinct label. The readers' lines are redacted already; this
     * catches what only decoding shows (an escaped quote in an exposition label, a JSON escape).
     */
    private String label(String raw) {
        return labels.computeIfAbsent(raw, Redactor::mask);
    }

    /** Moves every recorded time by {@code deltaMs}: untimed scrapes placed forward from a time that is their end. */
    public void shiftAll(long deltaMs) {
        byPool.values()
                .forEach(instances -> instances.replaceAll((inst, rows) -> {
                    TreeMap<Long, double[]> moved = new TreeMap<>();
                    rows.forEach((t, row) -> moved.put(t + deltaMs, row));
                    return moved;
                }));
        buckets.values()
                .forEach(instances -> instances.replaceAll((inst, rows) -> {
                    Map<Long, TreeMap<Double, Double>> moved = new HashMap<>();
                    rows.forEach((t, b) -> moved.put(t + deltaMs, b));
                    return moved;
                }));
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
        return build(source, name -> new SampleDerivation());
    }

    /**
     * As {@link #build(String)}, deriving each series' samples with the derivation {@code derivations} gives for its
     * name: live watch passes the ones it keeps across scrapes, so rates and histogram increases span scrapes.
     */
    public List<PoolMetricSeries> build(String source, Function<String, SampleDerivation> derivations) {
        List<PoolMetricSeries> out = new ArrayList<>();
        byPool.forEach((pool, instances) -> {
            boolean qualify = instances.size() > 1;
            instances.forEach((instance, rows) -> {
                String name = qualify && !instance.isEmpty() ? pool + "@" + instance : pool;
                out.add(new PoolMetricSeries(name, source, samples(pool, instance, rows, derivations.apply(name))));
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

    private List<MetricSample> samples(String pool, String instance, TreeMap<Long, double[]> rows, SampleDerivation d) {
        Map<Long, TreeMap<Double, Double>> hist =
                buckets.getOrDefault(pool, Map.of()).getOrDefault(instance, new TreeMap<>());
        List<MetricSample> samples = new ArrayList<>(rows.size());
        for (Map.Entry<Long, double[]> entry : rows.entrySet()) {
            samples.add(d.next(entry.getKey(), entry.getValue(), hist.getOrDefault(entry.getKey(), new TreeMap<>())));
        }
        return samples;
    }
}
