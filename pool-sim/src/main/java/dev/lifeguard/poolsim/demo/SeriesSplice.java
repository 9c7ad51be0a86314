package dev.lifeguard.poolsim.demo;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Moves simulated series onto an incident's clock, joins consecutive runs and thins them to a coarser step. */
final class SeriesSplice {

    private SeriesSplice() {}

    /**
     * Joins {@code runs} end to end starting at {@code start}, keeping the timeout counter cumulative, and
     * keeps one sample per {@code step} (the window's worst pending count and acquire p99, so a spike between
     * kept samples is not lost).
     */
    static PoolMetricSeries join(
            String pool, String source, Instant start, Duration step, List<PoolMetricSeries> runs) {
        List<MetricSample> joined = new ArrayList<>();
        Instant runStart = start;
        long timeoutBase = 0;
        for (PoolMetricSeries run : runs) {
            if (run.samples().isEmpty()) {
                continue;
            }
            Instant origin = run.samples().get(0).at();
            long lastTimeouts = 0;
            Instant lastAt = runStart;
            for (MetricSample s : run.samples()) {
                Instant at = runStart.plus(Duration.between(origin, s.at()));
                joined.add(new MetricSample(
                        at,
                        s.total(),
                        s.active(),
                        s.idle(),
                        s.pending(),
                        s.max(),
                        s.min(),
                        timeoutBase + s.timeoutsTotal(),
                        s.acquireP50Ms(),
                        s.acquireP99Ms(),
                        s.usageP50Ms(),
                        s.usageP99Ms(),
                        s.requestRate()));
                lastTimeouts = s.timeoutsTotal();
                lastAt = at;
            }
            timeoutBase += lastTimeouts;
            runStart = lastAt.plusSeconds(1);
        }
        return new PoolMetricSeries(pool, source, thin(joined, step));
    }

    private static List<MetricSample> thin(List<MetricSample> samples, Duration step) {
        List<MetricSample> kept = new ArrayList<>();
        int i = 0;
        while (i < samples.size()) {
            MetricSample first = samples.get(i);
            Instant windowEnd = first.at().plus(step);
            int worstPending = first.pending();
            Double worstP99 = first.acquireP99Ms();
            int j = i;
            while (j < samples.size() && samples.get(j).at().isBefore(windowEnd)) {
                MetricSample s = samples.get(j);
                worstPending = Math.max(worstPending, s.pending());
                if (s.acquireP99Ms() != null && (worstP99 == null || s.acquireP99Ms() > worstP99)) {
                    worstP99 = s.acquireP99Ms();
                }
                j++;
            }
            MetricSample last = samples.get(j - 1);
            kept.add(new MetricSample(
                    first.at(),
                    last.total(),
                    last.active(),
                    last.idle(),
                    worstPending,
                    last.max(),
                    last.min(),
                    last.timeoutsTotal(),
                    last.acquireP50Ms(),
                    worstP99,
                    last.usageP50Ms(),
                    last.usageP99Ms(),
                    last.requestRate()));
            i = j;
        }
        return kept;
    }
}
