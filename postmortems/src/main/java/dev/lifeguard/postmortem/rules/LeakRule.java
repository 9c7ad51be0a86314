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
    static final double FLAT_TRAFFIC = 0.15;
    /** A leak takes a while; a pool filling at startup or under a burst climbs faster than this. */
    static final Duration MIN_CLIMB = Duration.ofMinutes(10);

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

    /**
     * Active climbing under flat traffic in one series, described with its numbers. Gauges are noisy, so the
     * series is smoothed first and the climb is judged on five segments: each segment's mean active at least the
     * previous one's, and the segments' mean request rates within {@link #FLAT_TRAFFIC} of each other.
     */
    static Optional<String> climb(PoolMetricSeries s) {
        List<MetricSample> samples = s.samples();
        int n = samples.size();
        if (n < 10) {
            return Optional.empty();
        }
        int k = Math.max(3, n / 60);
        double[] smooth = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int count = 0;
            for (int j = Math.max(0, i - k / 2); j <= Math.min(n - 1, i + k / 2); j++) {
                sum += samples.get(j).active();
                count++;
            }
            smooth[i] = sum / count;
        }
        int peak = 0;
        for (int i = 1; i < n; i++) {
            if (smooth[i] > smooth[peak]) {
                peak = i;
            }
        }
        int low = 0;
        for (int i = 1; i < peak; i++) {
            if (smooth[i] < smooth[low]) {
                low = i;
            }
        }
        int max = samples.get(peak).max();
        Duration over = Duration.between(samples.get(low).at(), samples.get(peak).at());
        if (over.compareTo(MIN_CLIMB) < 0 || peak - low < 10 || smooth[peak] - smooth[low] < Math.max(5, max / 2.0)) {
            return Optional.empty();
        }
        if (explainedByLoad(samples, low, peak, smooth[peak] - smooth[low])) {
            return Optional.empty();
        }
        double previous = -1;
        double minRate = Double.MAX_VALUE;
        double maxRate = 0;
        for (int seg = 0; seg < 5; seg++) {
            int from = low + (peak - low) * seg / 5;
            int to = low + (peak - low) * (seg + 1) / 5;
            double active = 0;
            double rate = 0;
            int rates = 0;
            for (int i = from; i < to; i++) {
                active += samples.get(i).active();
                Double r = samples.get(i).requestRate();
                if (r != null) {
                    rate += r;
                    rates++;
                }
            }
            active /= Math.max(1, to - from);
            if (active + 0.5 < previous || rates == 0) {
                return Optional.empty();
            }
            previous = active;
            minRate = Math.min(minRate, rate / rates);
            maxRate = Math.max(maxRate, rate / rates);
        }
        if (minRate <= 0 || (maxRate - minRate) / minRate > FLAT_TRAFFIC) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("pool ").append(s.pool()).append(": active climbed ")
                .append(Math.round(smooth[low])).append(" → ").append(Math.round(smooth[peak])).append(" (max ")
                .append(max).append(") over ").append(Texts.duration(over))
                .append(" while the request rate stayed ").append(Signals.num(Math.round(minRate * 10) / 10.0))
                .append("–").append(Signals.num(Math.round(maxRate * 10) / 10.0)).append("/s");
        Double u0 = samples.get(low).usageP99Ms();
        Double u1 = samples.get(peak).usageP99Ms();
        if (u0 != null && u1 != null && u1 > 4 * Math.max(1, u0)) {
            text.append("; usage p99 grew ").append(Math.round(u0)).append(" → ").append(Math.round(u1)).append(" ms");
        }
        return Optional.of(text.toString());
    }

    /**
     * True when the offered load (rate × median hold, Little's law) grew by at least half the climb: then the
     * connections are busy with slow work, not leaked, and the slow-query rule speaks instead.
     */
    private static boolean explainedByLoad(List<MetricSample> samples, int low, int peak, double climb) {
        double before = offered(samples, low);
        double after = offered(samples, peak);
        return !Double.isNaN(before) && !Double.isNaN(after) && after - before >= climb / 2;
    }

    /** Mean offered load over the ten samples around {@code at}, NaN when rates or holds are missing. */
    private static double offered(List<MetricSample> samples, int at) {
        double sum = 0;
        int count = 0;
        for (int i = Math.max(0, at - 5); i < Math.min(samples.size(), at + 5); i++) {
            MetricSample m = samples.get(i);
            if (m.requestRate() != null && m.usageP50Ms() != null) {
                sum += m.requestRate() * m.usageP50Ms() / 1000.0;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
