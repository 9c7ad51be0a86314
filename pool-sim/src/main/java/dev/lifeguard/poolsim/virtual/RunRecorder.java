package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.incident.metrics.MetricSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** Counts, latency histograms (microseconds) and the per-second samples of one virtual run. */
final class RunRecorder {

    private static final long HIGHEST_US = 366L * 24 * 3600 * 1_000_000;
    private static final int MAX_MESSAGES = 50;

    final Histogram acquireUs = new Histogram(HIGHEST_US, 3);
    final Histogram usageUs = new Histogram(HIGHEST_US, 3);
    private final Histogram intervalAcquireUs = new Histogram(HIGHEST_US, 2);
    private final Histogram intervalUsageUs = new Histogram(HIGHEST_US, 2);
    final TreeMap<String, Long> errors = new TreeMap<>();
    final Set<String> timeoutMessages = new LinkedHashSet<>();
    final Set<String> logMessages = new LinkedHashSet<>();
    final List<MetricSample> samples = new ArrayList<>();
    private final Instant origin;
    long requests;
    long served;
    long timeouts;
    long waited;
    long firstTimeoutNs = -1;
    long logLines;
    private long intervalArrivals;
    /** ∫ active dt (connection-nanoseconds) and the peak, for utilization. */
    double activeIntegral;
    int activePeak;
    private long lastChangeNs;
    private int lastActive;

    RunRecorder(Instant origin) {
        this.origin = origin;
    }

    void arrival() {
        requests++;
        intervalArrivals++;
    }

    void acquired(long waitNs) {
        long us = waitNs / 1_000;
        acquireUs.recordValue(us);
        intervalAcquireUs.recordValue(us);
        if (waitNs > 0) {
            waited++;
        }
    }

    void timedOut(long waitNs, long now, String message) {
        timeouts++;
        waited++;
        long us = waitNs / 1_000;
        acquireUs.recordValue(us);
        intervalAcquireUs.recordValue(us);
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

    void completed(long usageNs) {
        served++;
        long us = usageNs / 1_000;
        usageUs.recordValue(us);
        intervalUsageUs.recordValue(us);
    }

    void log(String message) {
        logLines++;
        if (logMessages.size() < MAX_MESSAGES) {
            logMessages.add(message);
        }
    }

    /** The sum of active connections changes at {@code now}; integrates the old value. */
    void active(int active, long now) {
        activeIntegral += (double) lastActive * (now - lastChangeNs);
        lastChangeNs = now;
        lastActive = active;
        activePeak = Math.max(activePeak, active);
    }

    /** Takes the sample for the second ending at {@code now}. */
    void sample(long now, int total, int active, int idle, int pending, int max, int min, long intervalNs) {
        Double a50 = intervalAcquireUs.getTotalCount() == 0 ? null : intervalAcquireUs.getValueAtPercentile(50) / 1e3;
        Double a99 = intervalAcquireUs.getTotalCount() == 0 ? null : intervalAcquireUs.getValueAtPercentile(99) / 1e3;
        Double u50 = intervalUsageUs.getTotalCount() == 0 ? null : intervalUsageUs.getValueAtPercentile(50) / 1e3;
        Double u99 = intervalUsageUs.getTotalCount() == 0 ? null : intervalUsageUs.getValueAtPercentile(99) / 1e3;
        double rate = intervalArrivals * 1e9 / intervalNs;
        samples.add(new MetricSample(origin.plusNanos(now), total, active, idle, pending, max, min, timeouts,
                a50, a99, u50, u99, rate));
        intervalAcquireUs.reset();
        intervalUsageUs.reset();
        intervalArrivals = 0;
    }
}
