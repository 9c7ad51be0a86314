package dev.lifeguard.postmortem.doc;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.util.List;
import java.util.Optional;

/** Finds the impact window in pool metrics. */
public final class ImpactWindows {

    private ImpactWindows() {}

    /**
     * The earliest-starting impact window over all series, if any series shows a waiting thread or a timeout.
     *
     * @param series the incident's metric series ({@code null} elements not permitted)
     */
    public static Optional<ImpactWindow> detect(List<PoolMetricSeries> series) {
        ImpactWindow best = null;
        for (PoolMetricSeries s : series) {
            ImpactWindow w = detect(s).orElse(null);
            if (w != null && (best == null || w.start().isBefore(best.start()))) {
                best = w;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The impact window of one series: first bad sample to the sample after the last bad one. */
    public static Optional<ImpactWindow> detect(PoolMetricSeries series) {
        List<MetricSample> samples = series.samples();
        int first = -1;
        int last = -1;
        String cause = null;
        long timeouts = 0;
        int maxPending = 0;
        for (int i = 0; i < samples.size(); i++) {
            MetricSample s = samples.get(i);
            long newTimeouts = i == 0
                    ? 0
                    : Math.max(0, s.timeoutsTotal() - samples.get(i - 1).timeoutsTotal());
            boolean bad = s.pending() > 0 || newTimeouts > 0;
            if (!bad) {
                continue;
            }
            if (first < 0) {
                first = i;
                cause = s.pending() > 0 ? "first waiting thread" : "first timeout";
            }
            last = i;
            timeouts += newTimeouts;
            maxPending = Math.max(maxPending, s.pending());
        }
        if (first < 0) {
            return Optional.empty();
        }
        // Recovery is the first good sample after the last bad one; none means the series ends impaired.
        var end = last + 1 < samples.size() ? samples.get(last + 1).at() : null;
        return Optional.of(new ImpactWindow(samples.get(first).at(), end, cause, series.pool(), timeouts, maxPending));
    }
}
