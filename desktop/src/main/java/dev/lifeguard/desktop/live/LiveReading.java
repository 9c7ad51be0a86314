package dev.lifeguard.desktop.live;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.metrics.MetricSample;

/**
 * A pool's latest sample, for the current-values table.
 *
 * @param pool   the pool's name
 * @param sample its latest sample
 */
public record LiveReading(String pool, MetricSample sample) {

    public LiveReading {
        requireNonNull(pool, "reading 'pool' is required");
        requireNonNull(sample, "reading 'sample' is required");
    }
}
