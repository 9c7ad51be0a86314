package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Measurements the rules share, computed from the immutable metric records. */
final class Signals {

    /** Phrases HikariCP and SQLAlchemy log when a connection is not returned. */
    static final List<String> LEAK_PHRASES = List.of(
            "connection leak",
            "apparent connection leak",
            "leak detection triggered",
            "non-checked-in connection",
            "leaked connection");

    private Signals() {}

    /** Values of {@code f} over the samples where it is known. */
    static List<Double> values(PoolMetricSeries s, Function<MetricSample, Double> f) {
        List<Double> out = new ArrayList<>();
        for (MetricSample m : s.samples()) {
            Double v = f.apply(m);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** The median of the values from {@code from} (inclusive) to {@code to} (exclusive). */
    static double median(List<Double> values, int from, int to) {
        List<Double> part = new ArrayList<>(values.subList(from, to));
        part.sort(Double::compare);
        int n = part.size();
        return n == 0 ? 0 : n % 2 == 1 ? part.get(n / 2) : (part.get(n / 2 - 1) + part.get(n / 2)) / 2;
    }

    /** The {@code q} quantile (0..1) of {@code values}, nearest rank. */
    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int rank = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }

    /** Timeline entries and notes that mention a leak warning. */
    static List<String> leakWarnings(Incident incident) {
        List<String> found = new ArrayList<>();
        for (TimelineEntry e : incident.timeline()) {
            if (mentionsLeak(e.text())) {
                found.add(e.text());
            }
        }
        for (String note : incident.notes()) {
            if (mentionsLeak(note)) {
                found.add(note);
            }
        }
        return found;
    }

    private static boolean mentionsLeak(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return LEAK_PHRASES.stream().anyMatch(t::contains);
    }

    /** The longest run of consecutive samples each with at least one new timeout. */
    static int longestTimeoutRun(PoolMetricSeries s) {
        int best = 0;
        int run = 0;
        List<MetricSample> samples = s.samples();
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).timeoutsTotal() > samples.get(i - 1).timeoutsTotal()) {
                run++;
                best = Math.max(best, run);
            } else {
                run = 0;
            }
        }
        return best;
    }

    /** Timeouts counted over the whole series. */
    static long timeouts(PoolMetricSeries s) {
        List<MetricSample> samples = s.samples();
        return samples.size() < 2
                ? 0
                : Math.max(
                        0,
                        samples.get(samples.size() - 1).timeoutsTotal()
                                - samples.get(0).timeoutsTotal());
    }

    /**
     * The first sample at which utilization had stayed above {@code threshold} for at least {@code hold}, i.e.
     * when an alert "utilization &gt; threshold for hold" would have fired.
     */
    static Optional<MetricSample> sustainedAbove(PoolMetricSeries s, double threshold, Duration hold) {
        MetricSample since = null;
        for (MetricSample m : s.samples()) {
            if (m.max() > 0 && (double) m.active() / m.max() > threshold) {
                if (since == null) {
                    since = m;
                }
                if (!Duration.between(since.at(), m.at()).minus(hold).isNegative()) {
                    return Optional.of(m);
                }
            } else {
                since = null;
            }
        }
        return Optional.empty();
    }

    /** The first sample with a new timeout. */
    static Optional<MetricSample> firstTimeout(PoolMetricSeries s) {
        List<MetricSample> samples = s.samples();
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).timeoutsTotal() > samples.get(i - 1).timeoutsTotal()) {
                return Optional.of(samples.get(i));
            }
        }
        return Optional.empty();
    }

    /** {@code 12.5} or {@code 12} for display. */
    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
