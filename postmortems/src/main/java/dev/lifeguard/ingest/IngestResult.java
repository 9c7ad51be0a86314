package dev.lifeguard.ingest;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentBuilder;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.util.List;
import java.util.Objects;

/**
 * What one file yielded.
 *
 * @param series   one series per pool (several pools in one file stay separate)
 * @param timeline entries from log signatures, in time order
 * @param summary  what was recognised and skipped
 */
public record IngestResult(List<PoolMetricSeries> series, List<TimelineEntry> timeline, IngestSummary summary) {

    public IngestResult {
        series = List.copyOf(series);
        timeline = List.copyOf(timeline);
        requireNonNull(summary, "result 'summary' is required");
    }

    /**
     * The incident with this result's series and timeline added. A series replaces one of the same pool and
     * source already attached, so importing the same file twice does not double it.
     */
    public Incident applyTo(Incident incident) {
        IncidentBuilder builder = incident.toBuilder();
        List<PoolMetricSeries> kept = incident.metrics().stream()
                .filter(old -> series.stream()
                        .noneMatch(s -> s.pool().equals(old.pool()) && Objects.equals(s.source(), old.source())))
                .toList();
        builder.metrics(kept);
        series.forEach(builder::addMetrics);
        List<TimelineEntry> existing = incident.timeline();
        timeline.stream().filter(e -> !existing.contains(e)).forEach(builder::addTimeline);
        return builder.build();
    }
}
