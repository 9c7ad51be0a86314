package dev.lifeguard.poolsim.real;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Simulated time for a real-time run compressed by {@code speed}: one real nanosecond is {@code speed}
 * simulated nanoseconds. Time 0 is when the run's pools have filled and load starts.
 */
final class SimClock {

    private final double speed;
    private final LongSupplier nanoTime;
    private volatile long startReal;

    SimClock(double speed) {
        this(speed, System::nanoTime);
    }

    /** A clock reading {@code nanoTime} instead of {@link System#nanoTime()} (tests drive time by hand). */
    SimClock(double speed, LongSupplier nanoTime) {
        this.speed = speed;
        this.nanoTime = nanoTime;
        // Until start(), simulated time is far negative: what happens while the pools fill precedes time 0.
        this.startReal = nanoTime.getAsLong() + 3_600_000_000_000L;
    }

    /** Starts simulated time now. */
    void start() {
        startReal = nanoTime.getAsLong();
    }

    double speed() {
        return speed;
    }

    /** The simulated time now, in nanoseconds since the start (negative before it). */
    long now() {
        return toSim(nanoTime.getAsLong() - startReal);
    }

    /** Real nanoseconds for {@code simNanos} of simulated time. */
    long toReal(long simNanos) {
        return Math.round(simNanos / speed);
    }

    /** Simulated nanoseconds for {@code realNanos} of real time. */
    long toSim(long realNanos) {
        return Math.round(realNanos * speed);
    }

    /** The {@link System#nanoTime()} value at simulated time {@code simNanos}. */
    long realAt(long simNanos) {
        return startReal + toReal(simNanos);
    }

    /**
     * Parks until {@code System.nanoTime()} reaches {@code deadlineReal}, in slices so a cancelled run notices.
     *
     * @return false when interrupted or {@code cancelled} turned true before the deadline
     */
    static boolean sleepUntil(long deadlineReal, BooleanSupplier cancelled) {
        long sliceMax = 100_000_000L;
        while (true) {
            if (Thread.currentThread().isInterrupted() || cancelled.getAsBoolean()) {
                return false;
            }
            long left = deadlineReal - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            LockSupport.parkNanos(Math.min(left, sliceMax));
        }
    }
}
