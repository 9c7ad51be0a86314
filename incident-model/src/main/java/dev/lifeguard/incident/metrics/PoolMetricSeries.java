package dev.lifeguard.incident.metrics;

import dev.lifeguard.incident.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One pool's samples over time, in time order.
 *
 * @param pool    the pool's name (HikariCP's {@code pool} label, or a name the user gave)
 * @param source  where the samples came from, e.g. {@code simulation:real}, {@code prometheus:scrape.txt},
 *                {@code log:app.log}, {@code live:http://127.0.0.1:8080/actuator/prometheus}
 * @param samples the samples, non-decreasing in time
 * @param latencySource where the series' acquire latency came from: the best source any sample says
 *                      ({@code null} in the constructor: taken from the samples; stays {@code null} when none says,
 *                      as in simulations and older files)
 */
public record PoolMetricSeries(
        String pool,
        @Nullable String source,
        List<MetricSample> samples,
        @Nullable LatencySource latencySource) {

    /** A series whose latency source is taken from its samples. */
    public PoolMetricSeries(String pool, @Nullable String source, List<MetricSample> samples) {
        this(pool, source, samples, null);
    }

    public PoolMetricSeries {
        Checks.notBlank(pool, "series 'pool'");
        source = Checks.blankToNull(source);
        samples = Checks.copy(samples);
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).at().isBefore(samples.get(i - 1).at())) {
                throw new IllegalArgumentException("series '" + pool + "': sample " + i + " at "
                        + samples.get(i).at() + " is earlier than sample " + (i - 1) + " at "
                        + samples.get(i - 1).at());
            }
        }
        if (latencySource == null) {
            for (MetricSample s : samples) {
                latencySource = LatencySource.best(latencySource, s.latencySource());
            }
        }
    }

    /** The first sample's time, if any. */
    public Optional<Instant> start() {
        return samples.isEmpty() ? Optional.empty() : Optional.of(samples.get(0).at());
    }

    /** The last sample's time, if any. */
    public Optional<Instant> end() {
        return samples.isEmpty()
                ? Optional.empty()
                : Optional.of(samples.get(samples.size() - 1).at());
    }

    /** The index of the last sample at or before {@code t}, or −1 when {@code t} precedes them all. */
    public int indexAtOrBefore(Instant t) {
        int lo = 0;
        int hi = samples.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (samples.get(mid).at().isAfter(t)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }
}
