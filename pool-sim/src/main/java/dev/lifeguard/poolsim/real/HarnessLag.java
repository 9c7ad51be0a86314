package dev.lifeguard.poolsim.real;

import dev.lifeguard.poolsim.result.Distortion;
import java.util.Locale;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * The harness's own scheduling lag during a real run, in simulated nanoseconds: how late each request
 * started against its intended arrival, and how late each hold ended against its intended end (a parked
 * thread wakes after its deadline: timer slack, a busy machine, a GC pause). Under compression every real
 * microsecond of lag is {@code speed} simulated ones, so the same machine distorts more at a higher speed.
 * Thread-safe.
 */
final class HarnessLag {

    /** The lag may move a p99 by at most this share before the run carries a note. */
    static final double TOLERANCE = 0.05;

    private final Histogram startLag = new Histogram(3);
    private final Histogram holdEndLag = new Histogram(3);

    /** A request started {@code lagNanos} (simulated) after its intended arrival. */
    synchronized void started(long lagNanos) {
        startLag.recordValue(Math.max(0, lagNanos));
    }

    /** A hold ended {@code lagNanos} (simulated) after its intended end. */
    synchronized void holdEnded(long lagNanos) {
        holdEndLag.recordValue(Math.max(0, lagNanos));
    }

    /** 99th percentile of the start lag, simulated nanoseconds (0 when nothing started). */
    synchronized long startLagP99() {
        return startLag.getTotalCount() == 0 ? 0 : startLag.getValueAtPercentile(99);
    }

    /** 99th percentile of the hold-end lag, simulated nanoseconds (0 when no hold ended). */
    synchronized long holdEndLagP99() {
        return holdEndLag.getTotalCount() == 0 ? 0 : holdEndLag.getValueAtPercentile(99);
    }

    /**
     * The note for a run whose lag could move its acquire or usage p99 by more than {@link #TOLERANCE}.
     * Acquire latency counts from the intended start, so a request's start lag is inside its acquire time:
     * the acquire p99 without the harness could be as low as {@code acquireP99 − startLag}. Its yardstick is
     * that, but at least the mean hold, because waits for a connection are made of holds: a lag under 5 % of
     * a hold shifts when connections free up, and so any wait, by under 5 % of a hold. Usage (borrow to
     * return) contains the hold-end lag: its p99 without the harness could be {@code usageP99 − holdEndLag}.
     *
     * @param acquireP99Ms the run's acquire p99, simulated milliseconds
     * @param usageP99Ms   the run's usage p99, simulated milliseconds (0 when nothing was served)
     * @param meanHoldMs   the scenario's mean hold, simulated milliseconds
     * @param speed        the run's compression
     */
    Optional<Distortion> distortion(double acquireP99Ms, double usageP99Ms, double meanHoldMs, double speed) {
        double start = startLagP99() / 1e6;
        double holdEnd = holdEndLagP99() / 1e6;
        double acquireBase = Math.max(acquireP99Ms - start, meanHoldMs);
        double usageBase = usageP99Ms - holdEnd;
        boolean acquireMoved = start > TOLERANCE * acquireBase;
        boolean usageMoved = usageP99Ms > 0 && holdEnd > TOLERANCE * Math.max(usageBase, 0);
        if (!acquireMoved && !usageMoved) {
            return Optional.empty();
        }
        double worst = Math.max(
                acquireMoved ? start / acquireBase : 0,
                usageMoved && usageBase > 0 ? holdEnd / usageBase : usageMoved ? Double.POSITIVE_INFINITY : 0);
        String share = Double.isInfinite(worst) ? "more than all" : String.format(Locale.ROOT, "%.0f %%", worst * 100);
        return Optional.of(new Distortion(
                "harness lag",
                0,
                Math.max(start, holdEnd),
                String.format(
                        Locale.ROOT,
                        "the harness fired late (p99: requests started %.1f ms and holds ended %.1f ms after"
                                + " their intended"
                                + " times, simulated; %.3f ms and %.3f ms real at speed %s), enough to move the acquire"
                                + " p99 (%.1f ms) or the usage p99 (%.1f ms) by %s, over the %.0f %% tolerance; acquire"
                                + " still counts from the intended start, but arrivals bunched and holds ran"
                                + " long: a lower"
                                + " --speed or a quieter machine distorts less",
                        start,
                        holdEnd,
                        start / speed,
                        holdEnd / speed,
                        speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed),
                        acquireP99Ms,
                        usageP99Ms,
                        share,
                        TOLERANCE * 100)));
    }
}
