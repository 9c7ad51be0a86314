package dev.lifeguard.desktop.concurrent;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Coalesces progress reports so the UI applies at most one per interval, with at most one delivery
 * pending at a time (STYLE.md "FX threading" rule 4: never one {@code runLater} per event).
 * The worker calls {@link #offer}; when it answers true the worker posts one delivery that calls
 * {@link #drain} on the UI thread and applies the newest report.
 */
final class ProgressThrottle {

    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final AtomicReference<Progress> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean postedOnce;
    private volatile long lastPostNanos;

    ProgressThrottle(LongSupplier nanoClock, long intervalNanos) {
        this.nanoClock = nanoClock;
        this.intervalNanos = intervalNanos;
    }

    /** Keeps {@code progress} as the newest report; true when the caller should post a delivery now. */
    boolean offer(Progress progress) {
        latest.set(progress);
        long now = nanoClock.getAsLong();
        if (postedOnce && now - lastPostNanos < intervalNanos) {
            return false;
        }
        if (!pending.compareAndSet(false, true)) {
            return false;
        }
        postedOnce = true;
        lastPostNanos = now;
        return true;
    }

    /** Takes the newest report (null when none is waiting) and allows the next delivery. */
    Progress drain() {
        pending.set(false);
        return latest.getAndSet(null);
    }
}
