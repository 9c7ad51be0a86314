package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.poolsim.result.Utilization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * Counts, latency histograms (nanoseconds) and the per-second samples of one virtual run. Single
 * threaded on purpose: the event loop is its only writer, so no call pays for a lock.
 */
final class VirtualRecorder {

    private static final int MAX_MESSAGES = 50;

    final Histogram acquireNs = new Histogram(3);
    final Histogram usageNs = new Histogram(3);
    // two digits are plenty for a one-second dashboard point and keep the per-second reset cheap
    private final Histogram intervalAcquireNs = new Histogram(2);
    private final Histogram intervalUsageNs = new Histogram(2);
    final TreeMap<String, Long> errors = new TreeMap<>();
    final Set<String> timeoutMessages = new LinkedHashSet<>();
    final Set<String> logMessages = new LinkedHashSet<>();
    final List<MetricSample> samples = new ArrayList<>();
    private final Instant origin;
    long requests;
    long served;
    long timeouts;
    long waited;
    long leaked;
    long firstTimeoutNs = -1;
    private long zeroWaits;
    private long intervalArrivals;
    /** ∫ active dt in connection-nanoseconds, and its value at the previous sample. */
    private double activeIntegral;

    private double integralAtSample;
    private long sampleAtNs;
    private final SecondShares perSecond = new SecondShares();
    /** Simulated seconds between recorded series points: 1, or more when the run would exceed the point cap. */
    private final long stride;

    private long sinceRecorded;
    private long recordedAtNs;
    private long lastChangeNs;
    private int lastActive;

    /** Receives each sample as it is taken (a run's live listeners). */
    Consumer<MetricSample> onSample = sample -> {};

    VirtualRecorder(Instant origin) {
        this(origin, 1);
    }

    /** A recorder whose series keeps one point every {@code strideSeconds} simulated seconds (≥ 1). */
    VirtualRecorder(Instant origin, long strideSeconds) {
        this.origin = origin;
        this.stride = Math.max(1, strideSeconds);
    }

    /**
     * The stride that keeps a run spanning {@code horizonNanos} of simulated time within {@code maxPoints}
     * series points.
     */
    static long strideFor(long horizonNanos, int maxPoints) {
        long seconds = Math.max(1, (horizonNanos + 999_999_999L) / 1_000_000_000L);
        return Math.max(1, (seconds + maxPoints - 1) / maxPoints);
    }

    void arrival() {
        requests++;
        intervalArrivals++;
    }

    void acquired(long waitNs) {
        if (waitNs == 0) {
            zeroWaits++; // most acquires do not wait: counted here, added to the histograms once per sample
            return;
        }
        acquireNs.recordValue(waitNs);
        intervalAcquireNs.recordValue(waitNs);
        waited++;
    }

    /** Moves the zero-wait count into the histograms (before any percentile is read). */
    void flushZeroWaits() {
        if (zeroWaits > 0) {
            acquireNs.recordValueWithCount(0, zeroWaits);
            intervalAcquireNs.recordValueWithCount(0, zeroWaits);
            zeroWaits = 0;
        }
    }

    void timedOut(long waitNs, long now, String message) {
        timeouts++;
        waited++;
        acquireNs.recordValue(waitNs);
        intervalAcquireNs.recordValue(waitNs);
        if (firstTimeoutNs < 0) {
            firstTimeoutNs = now;
        }
        if (timeoutMessages.size() < MAX_MESSAGES) {
            timeoutMessages.add(message);
        }
    }

    void failed(String kind) {
        errors.merge(kind, 1L, Long::sum);
    }

    void completed(long usage) {
        served++;
        usageNs.recordValue(usage);
        intervalUsageNs.recordValue(usage);
    }

    void log(String message) {
        if (logMessages.size() < MAX_MESSAGES) {
            logMessages.add(message);
        }
    }

    /** Active connections (all instances) change to {@code active} at {@code now}. */
    void active(int active, long now) {
        activeIntegral += (double) lastActive * (now - lastChangeNs);
        lastChangeNs = now;
        lastActive = active;
    }

    /**
     * Takes the second's reading ending at {@code now}; {@code active} is the instant reading. The series records a
     * point every {@code stride} seconds (its interval figures covering them all) and always at the {@code last}.
     */
    void sample(long now, int total, int active, int idle, int pending, int max, int min, boolean last) {
        active(active, now);
        flushZeroWaits();
        long interval = now - sampleAtNs;
        if (interval > 0 && max > 0) {
            perSecond.add(Math.min(1, (activeIntegral - integralAtSample) / interval / max));
        }
        integralAtSample = activeIntegral;
        sampleAtNs = now;
        if (++sinceRecorded < stride && !last) {
            return;
        }
        long span = now - recordedAtNs;
        Double rate = span > 0 ? intervalArrivals * 1e9 / span : null;
        MetricSample sample = new MetricSample(
                origin.plusNanos(now),
                total,
                active,
                idle,
                pending,
                max,
                min,
                timeouts,
                p(intervalAcquireNs, 50),
                p(intervalAcquireNs, 99),
                p(intervalUsageNs, 50),
                p(intervalUsageNs, 99),
                rate);
        samples.add(sample);
        onSample.accept(sample);
        intervalAcquireNs.reset();
        intervalUsageNs.reset();
        intervalArrivals = 0;
        sinceRecorded = 0;
        recordedAtNs = now;
    }

    /** Takes the sample for the interval ending at {@code now} and records it (every second's point is kept). */
    void sample(long now, int total, int active, int idle, int pending, int max, int min) {
        sample(now, total, active, idle, pending, max, min, false);
    }

    /**
     * The mean of the per-second average shares and the busiest {@link Utilization#WINDOW_SECONDS}-second
     * window, computed as the real engine computes it from its samples.
     */
    Utilization utilization() {
        flushZeroWaits();
        return perSecond.utilization();
    }

    private static @Nullable Double p(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? null : h.getValueAtPercentile(percentile) / 1e6;
    }
}
