package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.postmortem.doc.Texts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A leak signature: active connections climbing while traffic stays flat, usage time growing without bound, or
 * leak warnings in the logs → enable {@code leakDetectionThreshold} and scope sessions.
 */
public final class LeakRule implements SuggestionRule {

    /** Traffic counts as flat when its range stays within this share of its mean. */
    static final double FLAT_TRAFFIC = 0.25;

    @Override
    public List<Suggestion> evaluate(Incident incident) {
        Optional<String> signature = signature(incident);
        if (signature.isEmpty()) {
            return List.of();
        }
        String because = signature.get();
        Evidence evidence = new Evidence(EvidenceKind.RULE, "rule:leak", because);
        return List.of(
                new Suggestion("leak-detection", "Enable leakDetectionThreshold (e.g. 60000 ms, below maxLifetime) so"
                        + " a connection held too long is logged with the stack that borrowed it", ActionType.DETECT,
                        Priority.P1, because, evidence, null, null),
                new Suggestion("leak-scope", "Scope every session/connection to its request (try-with-resources;"
                        + " scoped_session removed in teardown) so error paths return connections", ActionType.PREVENT,
                        Priority.P0, because, evidence, null, null));
    }

    /** The leak signature in words, if the incident shows one. */
    static Optional<String> signature(Incident incident) {
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

    /** Active climbing under flat traffic in one series, described with its numbers. */
    static Optional<String> climb(PoolMetricSeries s) {
        List<MetricSample> samples = s.samples();
        if (samples.size() < 6) {
            return Optional.empty();
        }
        int low = 0;
        int peak = 0;
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).active() > samples.get(peak).active()) {
                peak = i;
            }
        }
        for (int i = 0; i < peak; i++) {
            if (samples.get(i).active() <= samples.get(low).active()) {
                low = i;
            }
        }
        int from = samples.get(low).active();
        int to = samples.get(peak).active();
        int max = samples.get(peak).max();
        if (peak - low < 4 || to - from < Math.max(5, max / 2)) {
            return Optional.empty();
        }
        int drops = 0;
        double minRate = Double.MAX_VALUE;
        double maxRate = 0;
        double sumRate = 0;
        int rates = 0;
        for (int i = low; i <= peak; i++) {
            if (i > low && samples.get(i).active() < samples.get(i - 1).active()) {
                drops++;
            }
            Double r = samples.get(i).requestRate();
            if (r != null) {
                minRate = Math.min(minRate, r);
                maxRate = Math.max(maxRate, r);
                sumRate += r;
                rates++;
            }
        }
        if (drops > (peak - low) / 10 || rates < (peak - low + 1) / 2) {
            return Optional.empty();
        }
        double mean = sumRate / rates;
        if (mean <= 0 || (maxRate - minRate) / mean > FLAT_TRAFFIC) {
            return Optional.empty();
        }
        Duration over = Duration.between(samples.get(low).at(), samples.get(peak).at());
        StringBuilder text = new StringBuilder("pool ").append(s.pool()).append(": active climbed ").append(from)
                .append(" → ").append(to).append(" (max ").append(max).append(") over ").append(Texts.duration(over))
                .append(" while the request rate stayed ").append(Signals.num(minRate)).append("–")
                .append(Signals.num(maxRate)).append("/s");
        Double u0 = samples.get(low).usageP99Ms();
        Double u1 = samples.get(peak).usageP99Ms();
        if (u0 != null && u1 != null && u1 > 4 * Math.max(1, u0)) {
            text.append("; usage p99 grew ").append(Math.round(u0)).append(" → ").append(Math.round(u1)).append(" ms");
        }
        return Optional.of(text.toString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
