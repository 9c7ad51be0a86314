package dev.lifeguard.poolsim.virtual;

import java.util.Arrays;

/** A growable FIFO of primitive longs (waiters as slot and generation), with no boxing. */
final class LongRing {

    private long[] items = new long[16];
    private int head;
    private int size;

    void addLast(long value) {
        if (size == items.length) {
            long[] bigger = new long[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = items[(head + i) & (items.length - 1)];
            }
            items = bigger;
            head = 0;
        }
        items[(head + size) & (items.length - 1)] = value;
        size++;
    }

    long pollFirst() {
        long v = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return v;
    }

    long peekFirst() {
        return items[head];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(items, 0);
        head = 0;
        size = 0;
    }
}
