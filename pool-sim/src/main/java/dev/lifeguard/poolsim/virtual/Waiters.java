package dev.lifeguard.poolsim.virtual;

import java.util.Arrays;

/**
 * FIFO waiters for one pool, with their deadlines. A waiter is a request slot plus the generation of its
 * current acquire, so a waiter that was served stays in the ring and is skipped when reached (lazy
 * removal) instead of being searched for.
 *
 * <p>Every acquire waits the same timeout, so deadlines are in FIFO order too: the pool keeps a single
 * timer event for the oldest live waiter instead of one heap entry per waiter, which keeps the event heap
 * small (tens of entries) however many requests wait.
 */
final class Waiters {

    private final LongRing ring = new LongRing();
    private final LongRing deadlines = new LongRing();
    /** The generation each slot is waiting under, or −1 when it is not waiting. */
    private int[] waitingGen = new int[64];

    private int live;

    Waiters() {
        Arrays.fill(waitingGen, -1);
    }

    /** Queues {@code slot} behind every current waiter, giving up at {@code deadline}. */
    void add(int slot, int gen, long deadline) {
        if (slot >= waitingGen.length) {
            int old = waitingGen.length;
            waitingGen = Arrays.copyOf(waitingGen, Math.max(slot + 1, old * 2));
            Arrays.fill(waitingGen, old, waitingGen.length, -1);
        }
        waitingGen[slot] = gen;
        live++;
        ring.addLast(((long) slot << 32) | (gen & 0xffff_ffffL));
        deadlines.addLast(deadline);
    }

    /** Removes and returns the oldest live waiter's slot, or −1 when none waits. */
    int pollLive() {
        dropServed();
        if (ring.isEmpty()) {
            return -1;
        }
        int slot = (int) (ring.pollFirst() >>> 32);
        deadlines.pollFirst();
        waitingGen[slot] = -1;
        live--;
        return slot;
    }

    /** The oldest live waiter's deadline, or {@link Long#MAX_VALUE} when none waits. */
    long nextDeadline() {
        dropServed();
        return ring.isEmpty() ? Long.MAX_VALUE : deadlines.peekFirst();
    }

    /**
     * Removes and returns the oldest live waiter if its deadline is at or before {@code now}, else −1.
     */
    int pollExpired(long now) {
        return nextDeadline() <= now ? pollLive() : -1;
    }

    /** Live waiters (what HikariCP reports as {@code waiting} / {@code pending}). */
    int live() {
        return live;
    }

    private void dropServed() {
        while (!ring.isEmpty()) {
            long entry = ring.peekFirst();
            if (waitingGen[(int) (entry >>> 32)] == (int) entry) {
                return;
            }
            ring.pollFirst();
            deadlines.pollFirst();
        }
    }
}
