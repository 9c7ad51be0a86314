package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.postmortem.doc.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The leak signature in one series, with its numbers: active connections climbing while the traffic stays
 * flat. The leak rule cites it; the what-if lab sizes a simulated leak from it (climb per minute ÷ requests
 * per minute = the share of requests that never return their connection).
 *
 * @param pool         the series' pool
 * @param from         where the climb starts (the lowest smoothed active before the peak)
 * @param to           where it peaks
 * @param activeFrom   smoothed active connections at {@code from}
 * @param activeTo     smoothed active connections at {@code to}
 * @param max          the pool's maximum size at the peak
 * @param minRate      the lowest of the climb's five segment mean request rates, per second
 * @param maxRate      the highest of them
 * @param meanRate     the mean request rate over the climb, per second
 * @param usageP99From usage p99 at {@code from} in ms ({@code null} when not recorded)
 * @param usageP99To   usage p99 at {@code to} in ms ({@code null} when not recorded)
 * @param perMinute    connections added per minute while climbing: the 10–90 % rise of the smoothed active
 *                     over its time, so a flat stretch before the leak began does not dilute it
 */
public record LeakClimb(
        String pool,
        Instant from,
        Instant to,
        double activeFrom,
        double activeTo,
        int max,
        double minRate,
        double maxRate,
        double meanRate,
        Double usageP99From,
        Double usageP99To,
        double perMinute) {

    /** Traffic counts as flat when its range stays within this share of its mean. */
    static final double FLAT_TRAFFIC = 0.15;
    /** A leak takes a while; a pool filling at startup or under a burst climbs faster than this. */
    static final Duration MIN_CLIMB = Duration.ofMinutes(10);

    /**
     * The climb in {@code s}, if it shows one. Gauges are noisy, so the series is smoothed first and the climb
     * is judged on five segments: each segment's mean active at least the previous one's, and the segments'
     * mean request rates within {@link #FLAT_TRAFFIC} of each other.
     */
    public static Optional<LeakClimb> in(PoolMetricSeries s) {
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
        Duration over =
                Duration.between(samples.get(low).at(), samples.get(peak).at());
        if (over.compareTo(MIN_CLIMB) < 0 || peak - low < 10 || smooth[peak] - smooth[low] < Math.max(5, max / 2.0)) {
            return Optional.empty();
        }
        if (explainedByLoad(samples, low, peak, smooth[peak] - smooth[low])) {
            return Optional.empty();
        }
        double previous = -1;
        double minRate = Double.MAX_VALUE;
        double maxRate = 0;
        double rateSum = 0;
        int rateCount = 0;
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
            rateSum += rate;
            rateCount += rates;
        }
        if (minRate <= 0 || (maxRate - minRate) / minRate > FLAT_TRAFFIC) {
            return Optional.empty();
        }
        return Optional.of(new LeakClimb(
                s.pool(),
                samples.get(low).at(),
                samples.get(peak).at(),
                smooth[low],
                smooth[peak],
                max,
                minRate,
                maxRate,
                rateSum / rateCount,
                samples.get(low).usageP99Ms(),
                samples.get(peak).usageP99Ms(),
                rise(samples, smooth, low, peak)));
    }

    /** Connections per minute between the last 10 % point and the first 90 % point of the climb. */
    private static double rise(List<MetricSample> samples, double[] smooth, int low, int peak) {
        double climb = smooth[peak] - smooth[low];
        int start = low;
        for (int i = low; i < peak; i++) {
            if (smooth[i] <= smooth[low] + 0.1 * climb) {
                start = i;
            }
        }
        int end = peak;
        for (int i = peak; i > start; i--) {
            if (smooth[i] >= smooth[low] + 0.9 * climb) {
                end = i;
            }
        }
        double minutes =
                Duration.between(samples.get(start).at(), samples.get(end).at()).toMillis() / 60_000.0;
        return minutes <= 0 ? 0 : (smooth[end] - smooth[start]) / minutes;
    }

    /** How long the climb took. */
    public Duration over() {
        return Duration.between(from, to);
    }

    /** The climb in words, as the leak rule cites it. */
    public String text() {
        StringBuilder text = new StringBuilder("pool ")
                .append(pool)
                .append(": active climbed ")
                .append(Math.round(activeFrom))
                .append(" → ")
                .append(Math.round(activeTo))
                .append(" (max ")
                .append(max)
                .append(") over ")
                .append(Texts.duration(over()))
                .append(" while the request rate stayed ")
                .append(Signals.num(Math.round(minRate * 10) / 10.0))
                .append("–")
                .append(Signals.num(Math.round(maxRate * 10) / 10.0))
                .append("/s");
        if (usageP99From != null && usageP99To != null && usageP99To > 4 * Math.max(1, usageP99From)) {
            text.append("; usage p99 grew ")
                    .append(Math.round(usageP99From))
                    .append(" → ")
                    .append(Math.round(usageP99To))
                    .append(" ms");
        }
        return text.toString();
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
}
