package dev.lifeguard.watch;

import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.util.List;

/**
 * An immutable view of a watch session, safe to hand to a UI thread.
 *
 * @param status     the endpoint's status
 * @param series     one recorded series per pool
 * @param alerts     every alert fired so far, oldest first
 * @param incidentId the declared incident's id, or {@code null} when none was declared
 */
public record WatchSnapshot(
        EndpointStatus status, List<PoolMetricSeries> series, List<Alert> alerts, String incidentId) {

    public WatchSnapshot {
        series = List.copyOf(series);
        alerts = List.copyOf(alerts);
    }
}
