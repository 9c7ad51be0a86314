package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Slow queries: connection usage p99 rising (last third's median at least twice the first third's) without a
 * leak signature → optimise the queries and set a statement timeout.
 */
public final class SlowQueryRule implements SuggestionRule {

    /** How much the usage p99 must grow to count as rising. */
    static final double RISE = 2.0;

    @Override
    public List<Suggestion> evaluate(Incident incident) {
        if (LeakRule.signature(incident).isPresent()) {
            // A leak also makes usage grow; the leak rule explains it better.
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        double healthy = Double.MAX_VALUE;
        for (PoolMetricSeries s : incident.metrics()) {
            List<Double> usage = Signals.values(s, MetricSample::usageP99Ms);
            if (usage.size() < 6) {
                continue;
            }
            int third = usage.size() / 3;
            double early = Signals.median(usage, 0, third);
            // The slow spell may be over by the end of the series: take the worst window, not the last one.
            int window = Math.max(3, usage.size() / 10);
            double late = 0;
            for (int from = third; from + window <= usage.size(); from += Math.max(1, window / 2)) {
                late = Math.max(late, Signals.median(usage, from, from + window));
            }
            if (late >= RISE * Math.max(1, early) && late >= 50) {
                parts.add("pool " + s.pool() + ": usage p99 rose from a median of " + Math.round(early) + " ms to "
                        + Math.round(late) + " ms (×" + Signals.num(Math.round(late / Math.max(1, early) * 10) / 10.0)
                        + ")");
                healthy = Math.min(healthy, early);
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        String because = String.join("; ", parts);
        // four times the healthy p99, rounded up to whole seconds (at least one): the factor actually proposed is
        // then said from the data, never assumed to be four
        long timeoutMs = Math.max(1000, Math.round(Math.ceil(healthy * 4 / 1000.0) * 1000));
        String factor = Signals.num(Math.round(timeoutMs / Math.max(1, healthy) * 10) / 10.0);
        Evidence evidence = new Evidence(EvidenceKind.METRICS, "rule:slow-queries", because);
        return List.of(
                new Suggestion(
                        "slow-queries-optimise",
                        "Find and optimise the queries whose hold time grew"
                                + " (slow query log, EXPLAIN, missing indexes)",
                        ActionType.PREVENT,
                        Priority.P1,
                        because,
                        evidence,
                        null,
                        null),
                new Suggestion(
                        "slow-queries-timeout",
                        "Set a statement timeout of " + timeoutMs + " ms (" + factor + "× the healthy usage p99 of "
                                + Math.round(healthy) + " ms) so one slow query cannot hold a connection indefinitely",
                        ActionType.MITIGATE,
                        Priority.P2,
                        because,
                        evidence,
                        null,
                        null));
    }
}
