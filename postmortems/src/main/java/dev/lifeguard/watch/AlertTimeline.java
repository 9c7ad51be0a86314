package dev.lifeguard.watch;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Alerts as timeline entries, written once for live watch and for metric import, so the same scrapes give the same
 * timeline by either path.
 */
public final class AlertTimeline {

    private AlertTimeline() {}

    /** The timeline entry of one alert, its time in {@code zone}. */
    public static TimelineEntry entry(Alert alert, ZoneId zone) {
        return new TimelineEntry(
                alert.at().atZone(zone).toOffsetDateTime(),
                TimelineKind.ALERT,
                alert.message(),
                null,
                "alert:" + alert.rule());
    }

    /** Applies {@code rules} to every series' samples in order, as a watch would have, and returns the entries. */
    public static List<TimelineEntry> entries(List<PoolMetricSeries> series, List<AlertRule> rules, ZoneId zone) {
        AlertEvaluator evaluator = new AlertEvaluator(rules);
        List<TimelineEntry> out = new ArrayList<>();
        for (PoolMetricSeries s : series) {
            for (MetricSample sample : s.samples()) {
                evaluator.evaluate(s.pool(), sample).forEach(a -> out.add(entry(a, zone)));
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::at));
        return out;
    }
}
