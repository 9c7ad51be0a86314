package dev.lifeguard.poolsim.virtual;

import java.util.Arrays;

/**
 * FIFO waiters for one pool. A waiter is a request slot plus the generation of its current acquire, so
 * a timed-out waiter stays in the ring and is skipped when reached (lazy removal) instead of being
 * searched for.
 */
final class Waiters {

    private final LongRing ring = new LongRing();
    /** The generation each slot is waiting under, or −1 when it is not waiting. */
    private int[] waitingGen = new int[64];
    private int live;

    Waiters() {
        Arrays.fill(waitingGen, -1);
    }

    /** Queues {@code slot} behind every current waiter. */
    void add(int slot, int gen) {
        if (slot >= waitingGen.length) {
            int old = waitingGen.length;
            waitingGen = Arrays.copyOf(waitingGen, Math.max(slot + 1, old * 2));
            Arrays.fill(waitingGen, old, waitingGen.length, -1);
        }
        waitingGen[slot] = gen;
        live++;
        ring.addLast(((long) slot << 32) | (gen & 0xffff_ffffL));
    }

    /** True when {@code slot} is still waiting under {@code gen}. */
    boolean isWaiting(int slot, int gen) {
        return slot < waitingGen.length && waitingGen[slot] == gen;
    }

    /** Withdraws a waiter (its timeout fired); false when it had already been served. */
    boolean cancel(int slot, int gen) {
        if (!isWaiting(slot, gen)) {
            return false;
        }
        waitingGen[slot] = -1;
        live--;
        return true;
    }

    /** Removes and returns the oldest live waiter's slot, or −1 when none waits. */
    int pollLive() {
        while (!ring.isEmpty()) {
            long entry = ring.pollFirst();
            int slot = (int) (entry >>> 32);
            int gen = (int) entry;
            if (waitingGen[slot] == gen) {
                waitingGen[slot] = -1;
                live--;
                return slot;
            }
        }
        return -1;
    }

    /** Live waiters (what HikariCP reports as {@code waiting} / {@code pending}). */
    int live() {
        return live;
    }
}
