package dev.lifeguard.poolsim.demo;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

/**
 * What a demo's simulated series shows, measured the way its words state it: over a window of the incident's own
 * times, as medians or peaks of the per-sample values (single samples are noisy), in the units the text uses.
 */
record DemoMeasures(Incident incident, PoolMetricSeries series) {

    static DemoMeasures of(Incident incident) {
        return new DemoMeasures(incident, incident.metrics().get(0));
    }

    Instant first() {
        return series.samples().get(0).at();
    }

    Instant last() {
        return series.samples().get(series.samples().size() - 1).at();
    }

    static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    List<MetricSample> window(Instant from, Instant to) {
        return series.samples().stream()
                .filter(s -> !s.at().isBefore(from) && s.at().isBefore(to))
                .toList();
    }

    /** The largest value of {@code f} over [from, to), skipping samples without it. */
    double max(Instant from, Instant to, ToDoubleFunction<MetricSample> f) {
        return values(from, to, f).max().orElse(Double.NaN);
    }

    /** The median of {@code f} over [from, to), skipping samples without it. */
    double median(Instant from, Instant to, ToDoubleFunction<MetricSample> f) {
        double[] v = values(from, to, f).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

    /** The mean of {@code f} over [from, to), skipping samples without it. */
    double mean(Instant from, Instant to, ToDoubleFunction<MetricSample> f) {
        return values(from, to, f).average().orElse(Double.NaN);
    }

    private DoubleStream values(Instant from, Instant to, ToDoubleFunction<MetricSample> f) {
        return window(from, to).stream().mapToDouble(f).filter(v -> !Double.isNaN(v));
    }

    /** Acquire timeouts counted over [from, to]. */
    long timeouts(Instant from, Instant to) {
        List<MetricSample> w = window(from, to.plusMillis(1));
        return w.isEmpty() ? 0 : w.get(w.size() - 1).timeoutsTotal() - timeoutsBefore(from);
    }

    private long timeoutsBefore(Instant from) {
        long before = 0;
        for (MetricSample s : series.samples()) {
            if (!s.at().isBefore(from)) {
                break;
            }
            before = s.timeoutsTotal();
        }
        return before;
    }

    /** Share of offered requests over [from, to) that timed out, in %. */
    double failedPercent(Instant from, Instant to) {
        double offered = 0;
        List<MetricSample> w = window(from, to);
        for (int i = 1; i < w.size(); i++) {
            double rate = Objects.requireNonNullElse(w.get(i).requestRate(), 0.0);
            offered += rate * Duration.between(w.get(i - 1).at(), w.get(i).at()).toMillis() / 1000.0;
        }
        return offered == 0 ? Double.NaN : 100.0 * timeouts(from, to) / offered;
    }

    /** When the timeout counter first rose. */
    Instant firstTimeout() {
        return series.samples().stream()
                .filter(s -> s.timeoutsTotal() > 0)
                .findFirst()
                .orElseThrow()
                .at();
    }

    /** When the timeout counter last rose. */
    Instant lastTimeout() {
        List<MetricSample> s = series.samples();
        for (int i = s.size() - 1; i > 0; i--) {
            if (s.get(i).timeoutsTotal() > s.get(i - 1).timeoutsTotal()) {
                return s.get(i).at();
            }
        }
        throw new IllegalStateException("no timeouts in " + series.pool());
    }

    /** The first time the mean utilization (active / max, in %) over the following minute reaches {@code percent}. */
    Instant utilizationReaches(double percent, Instant from) {
        for (MetricSample s : series.samples()) {
            if (s.at().isBefore(from)) {
                continue;
            }
            double u = mean(s.at(), s.at().plusSeconds(60), x -> 100.0 * x.active() / Math.max(1, x.max()));
            if (u >= percent) {
                return s.at();
            }
        }
        throw new IllegalStateException("utilization never reaches " + percent + " %");
    }

    /** The first time the mean pending count over the following minute is 0, from {@code from}. */
    Instant queueEmpty(Instant from) {
        for (MetricSample s : series.samples()) {
            if (!s.at().isBefore(from) && mean(s.at(), s.at().plusSeconds(60), MetricSample::pending) == 0) {
                return s.at();
            }
        }
        throw new IllegalStateException("the queue never empties after " + from);
    }

    static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 60.0;
    }

    static double usageP99(MetricSample s) {
        return s.usageP99Ms() == null ? Double.NaN : s.usageP99Ms();
    }

    static double usageP50(MetricSample s) {
        return s.usageP50Ms() == null ? Double.NaN : s.usageP50Ms();
    }

    static double acquireP99(MetricSample s) {
        return s.acquireP99Ms() == null ? Double.NaN : s.acquireP99Ms();
    }

    static double rate(MetricSample s) {
        return s.requestRate() == null ? Double.NaN : s.requestRate();
    }
}
