package dev.lifeguard.poolsim.virtual;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (time, sequence): events at the same nanosecond run in the
 * order they were scheduled, so a run is deterministic. Entries live in parallel primitive arrays (no
 * object per event); {@link #poll()} leaves the event in {@link #time()}, {@link #type()} and
 * {@link #payload()}. Cancelled events are not removed: their handlers ignore them (lazy cancellation),
 * which is cheaper than searching the heap.
 */
final class EventQueue {

    private long[] times = new long[64];
    private long[] seqs = new long[64];
    private int[] types = new int[64];
    private long[] payloads = new long[64];
    private int size;
    private long nextSeq;

    private long time;
    private int type;
    private long payload;

    /** Schedules an event of {@code type} at {@code at} nanoseconds with a free-form payload. */
    void schedule(long at, int eventType, long eventPayload) {
        if (size == times.length) {
            int n = size * 2;
            times = Arrays.copyOf(times, n);
            seqs = Arrays.copyOf(seqs, n);
            types = Arrays.copyOf(types, n);
            payloads = Arrays.copyOf(payloads, n);
        }
        long seq = nextSeq++;
        int i = size++;
        // sift up: move parents down until the slot fits
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(at, seq, times[parent], seqs[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, at, seq, eventType, eventPayload);
    }

    /** True when no event is pending. */
    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest pending event's time; only valid when not empty. */
    long peekTime() {
        return times[0];
    }

    /** Removes the earliest event and makes it current. */
    void poll() {
        time = times[0];
        type = types[0];
        payload = payloads[0];
        int last = --size;
        if (last == 0) {
            return;
        }
        long t = times[last];
        long s = seqs[last];
        int ty = types[last];
        long p = payloads[last];
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < last && less(times[right], seqs[right], times[child], seqs[child])) {
                child = right;
            }
            if (!less(times[child], seqs[child], t, s)) {
                break;
            }
            move(child, i);
            i = child;
        }
        set(i, t, s, ty, p);
    }

    /** The current event's time. */
    long time() {
        return time;
    }

    /** The current event's type. */
    int type() {
        return type;
    }

    /** The current event's payload. */
    long payload() {
        return payload;
    }

    /** Pending events, including cancelled ones not yet polled. */
    int size() {
        return size;
    }

    private static boolean less(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        seqs[to] = seqs[from];
        types[to] = types[from];
        payloads[to] = payloads[from];
    }

    private void set(int i, long t, long s, int ty, long p) {
        times[i] = t;
        seqs[i] = s;
        types[i] = ty;
        payloads[i] = p;
    }
}
