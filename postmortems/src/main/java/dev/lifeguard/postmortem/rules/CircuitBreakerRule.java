package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Repeated failures: timeouts in five or more consecutive sample intervals → a circuit breaker that opens
 * after 5 consecutive connection failures and stays open for 30 s.
 */
public final class CircuitBreakerRule implements SuggestionRule {

    /** Consecutive failing intervals that count as repeated failure (and the breaker's own threshold). */
    static final int CONSECUTIVE = 5;

    @Override
    public List<Suggestion> evaluate(Incident incident) {
        List<String> parts = new ArrayList<>();
        for (PoolMetricSeries s : incident.metrics()) {
            int run = Signals.longestTimeoutRun(s);
            if (run >= CONSECUTIVE) {
                parts.add("pool " + s.pool() + ": timeouts in " + run + " consecutive intervals, " + Signals.timeouts(s)
                        + " in all");
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        String because = String.join("; ", parts);
        return List.of(new Suggestion(
                "circuit-breaker",
                "Add a circuit breaker in front of the database: after " + CONSECUTIVE
                        + " consecutive connection failures open it for 30 s and fail fast with a clear message",
                ActionType.MITIGATE,
                Priority.P2,
                because,
                new Evidence(EvidenceKind.METRICS, "rule:circuit-breaker", because),
                null,
                null));
    }
}
