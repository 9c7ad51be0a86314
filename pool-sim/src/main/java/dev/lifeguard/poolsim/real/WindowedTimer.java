package dev.lifeguard.poolsim.real;

import dev.lifeguard.poolsim.TimerSnapshot;
import org.HdrHistogram.Histogram;

/**
 * A latency timer in simulated time, shaped like Micrometer's: count and sum over the whole run, maximum and
 * quantiles over the last two simulated minutes (three rotating 40 s slots, Micrometer's default expiry and
 * buffer length), so a live watcher sees the p99 of now, not of the whole run. Values are kept in
 * microseconds with three significant digits.
 */
final class WindowedTimer {

    static final long SLOT_NANOS = 40_000_000_000L;
    static final int SLOTS = 3;

    private final Histogram[] slots = new Histogram[SLOTS];
    private final long[] slotOf = new long[SLOTS];
    private long count;
    private long sumNanos;

    WindowedTimer() {
        for (int i = 0; i < SLOTS; i++) {
            slots[i] = new Histogram(3);
            slotOf[i] = Long.MIN_VALUE;
        }
    }

    /** Records {@code valueNanos} observed at simulated time {@code atNanos}. */
    synchronized void record(long valueNanos, long atNanos) {
        long value = Math.max(0, valueNanos);
        count++;
        sumNanos += value;
        long slot = Math.floorDiv(atNanos, SLOT_NANOS);
        int i = (int) Math.floorMod(slot, (long) SLOTS);
        if (slotOf[i] != slot) {
            slots[i].reset();
            slotOf[i] = slot;
        }
        slots[i].recordValue(Math.max(1, value / 1_000));
    }

    /** The readings at simulated time {@code nowNanos}. */
    synchronized TimerSnapshot snapshot(long nowNanos) {
        long now = Math.floorDiv(nowNanos, SLOT_NANOS);
        Histogram window = new Histogram(3);
        for (int i = 0; i < SLOTS; i++) {
            if (slotOf[i] > now - SLOTS && slotOf[i] <= now) {
                window.add(slots[i]);
            }
        }
        double sum = sumNanos / 1e9;
        if (window.getTotalCount() == 0) {
            return new TimerSnapshot(count, sum, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new TimerSnapshot(
                count,
                sum,
                seconds(window.getMaxValue()),
                seconds(window.getValueAtPercentile(50)),
                seconds(window.getValueAtPercentile(95)),
                seconds(window.getValueAtPercentile(99)));
    }

    private static double seconds(long micros) {
        return micros / 1e6;
    }
}
