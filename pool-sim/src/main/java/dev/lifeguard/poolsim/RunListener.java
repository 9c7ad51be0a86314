package dev.lifeguard.poolsim;

import dev.lifeguard.incident.metrics.MetricSample;

/**
 * Observes a run's pools as they live: a hook for serving a simulated pool's metrics (e.g. over HTTP)
 * while the run goes on. Called on engine threads; implementations must be quick and thread-safe.
 */
public interface RunListener {

    /** A listener that does nothing. */
    RunListener NONE = new RunListener() {};

    /** A pool has opened; {@code gauges} stay readable until {@link #poolClosed(String)}. */
    default void poolOpened(PoolGauges gauges) {}

    /** The sampler took {@code sample} of pool {@code poolName} (once per simulated second). */
    default void sampled(String poolName, MetricSample sample) {}

    /** A pool has closed. */
    default void poolClosed(String poolName) {}
}
