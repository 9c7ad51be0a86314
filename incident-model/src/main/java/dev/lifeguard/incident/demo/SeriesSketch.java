package dev.lifeguard.incident.demo;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a plausible pool metric series from a story: what the offered load, leak and hold time do over
 * time. Deterministic (seeded), so the demo library is the same on every machine.
 */
final class SeriesSketch {

    /** What the pool is asked to carry at a moment. */
    interface Story {
        /** Connections the traffic needs at {@code minute} (Little's law: rate × hold). */
        double demand(double minute);

        /** Requests per second arriving at {@code minute}. */
        double rate(double minute);

        /** Median hold time in ms at {@code minute}. */
        double holdMs(double minute);

        /** Connections the database will still open for this pool at {@code minute} (its cap, when refused). */
        default int available(double minute) {
            return Integer.MAX_VALUE;
        }
    }

    private SeriesSketch() {}

    static PoolMetricSeries draw(
            String pool,
            Instant start,
            Duration length,
            Duration step,
            int max,
            int min,
            long timeoutMs,
            long seed,
            Story story) {
        SplittableRandom random = new SplittableRandom(seed);
        List<MetricSample> samples = new ArrayList<>();
        long timeouts = 0;
        int total = min;
        long steps = length.dividedBy(step);
        double stepSeconds = step.toMillis() / 1000.0;
        for (long i = 0; i <= steps; i++) {
            double minute = i * stepSeconds / 60.0;
            double demand = Math.max(0, story.demand(minute) * (1 + 0.06 * random.nextGaussian()));
            int cap = Math.min(max, story.available(minute));
            int active = (int) Math.min(cap, Math.round(demand));
            // HikariCP grows one connection at a time, and keeps at least minimumIdle.
            int wanted = Math.min(cap, Math.max(min, active + 1));
            total = wanted > total
                    ? Math.min(wanted, total + (int) Math.ceil(stepSeconds / 2))
                    : Math.max(wanted, total - 1);
            active = Math.min(active, total);
            int idle = Math.max(0, total - active);
            double overflow = Math.max(0, demand - cap);
            int pending = (int) Math.round(overflow * (1 + 0.1 * random.nextDouble()));
            double rate = story.rate(minute) * (1 + 0.03 * random.nextGaussian());
            double hold = story.holdMs(minute);
            double acquireP99;
            double acquireP50;
            if (pending > 0) {
                // Waiters queue behind the busy pool; the unlucky ones reach the timeout.
                double wait = Math.min(timeoutMs, hold * (1 + overflow / Math.max(1, cap)) * 3);
                acquireP99 = Math.min(timeoutMs, wait * 4);
                acquireP50 = wait / 2;
                if (overflow > cap * 0.05) {
                    timeouts += Math.round(pending * stepSeconds * 1000.0 / timeoutMs * 0.6);
                }
            } else {
                double ratio = (double) active / max;
                acquireP50 = 0.05 + ratio * 0.3;
                acquireP99 = 0.4 + ratio * ratio * 40;
            }
            samples.add(new MetricSample(
                    start.plus(step.multipliedBy(i)),
                    total,
                    active,
                    idle,
                    pending,
                    max,
                    min,
                    timeouts,
                    round(acquireP50),
                    round(acquireP99),
                    round(hold),
                    round(hold * 6),
                    round(Math.max(0, rate))));
        }
        return new PoolMetricSeries(pool, "demo", samples);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
