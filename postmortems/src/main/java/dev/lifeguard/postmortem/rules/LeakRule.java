package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A leak signature: active connections climbing while traffic stays flat, usage time growing without bound, or
 * leak warnings in the logs → enable {@code leakDetectionThreshold} and scope sessions.
 */
public final class LeakRule implements SuggestionRule {

    @Override
    public List<Suggestion> evaluate(Incident incident) {
        Optional<String> signature = signature(incident);
        if (signature.isEmpty()) {
            return List.of();
        }
        String because = signature.get();
        Evidence evidence = new Evidence(EvidenceKind.RULE, "rule:leak", because);
        return List.of(
                new Suggestion(
                        "leak-detection",
                        "Enable leakDetectionThreshold (e.g. 60000 ms, below maxLifetime) so"
                                + " a connection held too long is logged with the stack that borrowed it",
                        ActionType.DETECT,
                        Priority.P1,
                        because,
                        evidence,
                        null,
                        null),
                new Suggestion(
                        "leak-scope",
                        "Scope every session/connection to its request (try-with-resources;"
                                + " scoped_session removed in teardown) so error paths return connections",
                        ActionType.PREVENT,
                        Priority.P0,
                        because,
                        evidence,
                        null,
                        null));
    }

    /** The leak signature in words, if the incident shows one. */
    public static Optional<String> signature(Incident incident) {
        List<String> parts = new ArrayList<>();
        for (PoolMetricSeries s : incident.metrics()) {
            climb(s).ifPresent(parts::add);
        }
        List<String> warnings = Signals.leakWarnings(incident);
        if (!warnings.isEmpty()) {
            parts.add(warnings.size() + " leak warning" + (warnings.size() == 1 ? "" : "s") + " (first: \""
                    + abbreviate(warnings.get(0)) + "\")");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    /** Active climbing under flat traffic in one series, described with its numbers (see {@link LeakClimb}). */
    static Optional<String> climb(PoolMetricSeries s) {
        return LeakClimb.in(s).map(LeakClimb::text);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
