package dev.lifeguard.desktop.workbench.counterfactual;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a recorded series says about its requests' hold times: the healthy hold (usage percentiles outside any
 * slow spell) and the slow spells (stretches where the usage median stood at least twice its healthy level).
 *
 * @param hold  the healthy hold distribution
 * @param spells the slow spells, in time order (at most {@link #MAX_SPELLS})
 */
record RequestEvidence(LognormalHold hold, List<SlowQueryInference> spells) {

    /** More steps than this would not be read, nor edited, by a person. */
    static final int MAX_SPELLS = 4;
    /** A bin's usage median at least this many times the healthy one is slow. */
    static final double SLOW = 2.0;
    /** Bins whose extra hold differs by more than this share start a new spell (a step up or down). */
    static final double LEVEL = 0.3;

    /** The evidence in {@code series}; bins are a minute long (or a sample step, when that is longer). */
    static RequestEvidence of(PoolMetricSeries series) {
        List<MetricSample> samples = series.samples();
        long start = samples.get(0).at().toEpochMilli();
        long step = samples.size() < 2
                ? 1000
                : Math.max(1, (samples.get(samples.size() - 1).at().toEpochMilli() - start) / (samples.size() - 1));
        long binMs = Math.max(step, 60_000);
        List<Double> p50s = new ArrayList<>();
        samples.forEach(m -> add(p50s, m.usageP50Ms()));
        // Ten usage medians at least, or a slow spell could not be told from noise.
        double floor = quantile(p50s, 0.25);
        List<int[]> runs = p50s.size() >= 10 ? runs(samples, start, binMs, floor) : List.of();
        boolean[] slowSample = new boolean[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            long bin = (samples.get(i).at().toEpochMilli() - start) / binMs;
            slowSample[i] = runs.stream().anyMatch(run -> bin >= run[0] && bin <= run[1]);
        }
        List<Double> healthy50 = new ArrayList<>();
        List<Double> healthy99 = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (!slowSample[i]) {
                add(healthy50, samples.get(i).usageP50Ms());
                add(healthy99, samples.get(i).usageP99Ms());
            }
        }
        double h50 = healthy50.isEmpty() ? floor : quantile(healthy50, 0.5);
        double h99 = quantile(healthy99, 0.5);
        List<SlowQueryInference> spells = new ArrayList<>();
        for (int[] run : runs) {
            List<Double> in50 = new ArrayList<>();
            List<Double> in99 = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                long bin = (samples.get(i).at().toEpochMilli() - start) / binMs;
                if (bin >= run[0] && bin <= run[1]) {
                    add(in50, samples.get(i).usageP50Ms());
                    add(in99, samples.get(i).usageP99Ms());
                }
            }
            double s50 = quantile(in50, 0.5);
            long extra = Math.round(s50 - h50);
            if (extra > 0) {
                spells.add(new SlowQueryInference(
                        SimDuration.ofMillis(run[0] * binMs),
                        SimDuration.ofMillis((run[1] - run[0] + 1) * binMs),
                        extra,
                        h50,
                        s50,
                        h99,
                        quantile(in99, 0.5)));
            }
        }
        return new RequestEvidence(hold(healthy50, healthy99), spells);
    }

    /**
     * Runs of slow bins as {@code [first, last]} bin indexes: consecutive slow bins at about the same level,
     * adjacent runs merged (closest levels first) down to {@link #MAX_SPELLS}; runs of one bin are noise.
     */
    private static List<int[]> runs(List<MetricSample> samples, long start, long binMs, double floor) {
        int bins = (int) ((samples.get(samples.size() - 1).at().toEpochMilli() - start) / binMs) + 1;
        List<List<Double>> byBin = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            byBin.add(new ArrayList<>());
        }
        for (MetricSample m : samples) {
            if (m.usageP50Ms() != null && m.usageP50Ms() > 0) {
                byBin.get((int) ((m.at().toEpochMilli() - start) / binMs)).add(m.usageP50Ms());
            }
        }
        List<int[]> runs = new ArrayList<>();
        List<List<Double>> levels = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (byBin.get(b).isEmpty()) {
                continue;
            }
            double median = quantile(byBin.get(b), 0.5);
            double extra = median - floor;
            if (median < SLOW * floor || extra < 5) {
                continue;
            }
            int last = runs.size() - 1;
            if (last >= 0
                    && runs.get(last)[1] == b - 1
                    && Math.abs(extra - quantile(levels.get(last), 0.5)) <= LEVEL * quantile(levels.get(last), 0.5)) {
                runs.get(last)[1] = b;
                levels.get(last).add(extra);
            } else {
                runs.add(new int[] {b, b});
                levels.add(new ArrayList<>(List.of(extra)));
            }
        }
        while (runs.size() > MAX_SPELLS) {
            int best = -1;
            double closest = Double.MAX_VALUE;
            for (int i = 0; i + 1 < runs.size(); i++) {
                if (runs.get(i)[1] + 1 == runs.get(i + 1)[0]) {
                    double a = quantile(levels.get(i), 0.5);
                    double c = quantile(levels.get(i + 1), 0.5);
                    double gap = Math.abs(a - c) / Math.max(a, c);
                    if (gap < closest) {
                        closest = gap;
                        best = i;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            runs.get(best)[1] = runs.remove(best + 1)[1];
            levels.get(best).addAll(levels.remove(best + 1));
        }
        runs.removeIf(r -> r[1] == r[0]);
        return runs;
    }

    /** The healthy hold from the usage percentiles outside the slow spells (20 ms / 200 ms when none were recorded). */
    private static LognormalHold hold(List<Double> p50, List<Double> p99) {
        double m50 = p50.isEmpty() ? 20 : quantile(p50, 0.5);
        double m99 = p99.isEmpty() ? Double.NaN : quantile(p99, 0.5);
        if (!(m99 > m50)) {
            m99 = Math.max(m50 * 10, 200);
        }
        return new LognormalHold(
                SimDuration.ofMillis(Math.max(1, Math.round(m50))), SimDuration.ofMillis(Math.max(2, Math.round(m99))));
    }

    private static void add(List<Double> to, @Nullable Double value) {
        if (value != null && value > 0) {
            to.add(value);
        }
    }

    /** The {@code q} quantile, nearest rank (NaN for none). */
    private static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }
}
