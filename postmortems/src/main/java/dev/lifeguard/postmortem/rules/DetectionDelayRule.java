package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.postmortem.doc.ImpactWindows;
import dev.lifeguard.postmortem.doc.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Detection long after impact (five minutes or more) → pool alert rules: utilization &gt; 80 % for 5 min
 * (warning), &gt; 90 % for 2 min (critical), any acquire timeout (critical). States when each would have fired.
 */
public final class DetectionDelayRule implements SuggestionRule {

    /** Detection this long after impact triggers the rule. */
    static final Duration LATE = Duration.ofMinutes(5);

    @Override
    public List<Suggestion> evaluate(Incident incident) {
        if (incident.detectedAt() == null) {
            return List.of();
        }
        Instant detected = incident.detectedAt().toInstant();
        Instant impact =
                incident.startedAt() == null ? null : incident.startedAt().toInstant();
        var window = ImpactWindows.detect(incident.metrics());
        if (window.isPresent() && (impact == null || window.get().start().isBefore(impact))) {
            impact = window.get().start();
        }
        if (impact == null || Duration.between(impact, detected).compareTo(LATE) < 0) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        parts.add("detected " + Texts.duration(Duration.between(impact, detected)) + " after impact began");
        for (PoolMetricSeries s : incident.metrics()) {
            fired(
                    parts,
                    "utilization > 80 % for 5 min",
                    Signals.sustainedAbove(s, 0.8, Duration.ofMinutes(5)),
                    detected);
            fired(
                    parts,
                    "utilization > 90 % for 2 min",
                    Signals.sustainedAbove(s, 0.9, Duration.ofMinutes(2)),
                    detected);
            fired(parts, "any timeout", Signals.firstTimeout(s), detected);
        }
        String because = String.join("; ", parts);
        return List.of(new Suggestion(
                "alert-rules",
                "Alert on the pool: utilization > 80 % for 5 min (warning),"
                        + " > 90 % for 2 min (critical), any acquire timeout (critical)",
                ActionType.DETECT,
                Priority.P1,
                because,
                new Evidence(EvidenceKind.RULE, "rule:detection-delay", because),
                null,
                null));
    }

    private static void fired(List<String> parts, String alert, Optional<MetricSample> at, Instant detected) {
        at.ifPresent(m -> {
            Duration lead = Duration.between(m.at(), detected);
            if (!lead.isNegative() && !lead.isZero()) {
                parts.add("\"" + alert + "\" would have fired " + Texts.duration(lead) + " before detection");
            }
        });
    }
}
