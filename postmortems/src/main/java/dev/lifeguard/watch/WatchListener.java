package dev.lifeguard.watch;

import dev.lifeguard.incident.metrics.MetricSample;

/**
 * Receives what a {@link WatchSession} sees. Called on the session's poller thread, never on a UI thread: a
 * view model hands each call over to its UI thread itself. Calls must return quickly.
 */
public interface WatchListener {

    /** A new sample of {@code pool}. */
    default void onSample(String pool, MetricSample sample) {}

    /** An alert fired. */
    default void onAlert(Alert alert) {}

    /** The endpoint's status changed (or a scrape failed again). */
    default void onStatus(EndpointStatus status) {}
}
