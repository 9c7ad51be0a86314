package dev.lifeguard.poolsim.virtual;

import java.util.Arrays;

/**
 * The requests in flight, one slot each, in parallel primitive arrays that grow as needed; slots are
 * reused through a free list so an hour of traffic needs only as many slots as were ever in flight at once.
 * Fields are read and written directly by the simulator's hot loop.
 */
final class RequestTable {

    final int maxPerRequest;
    long[] acquireStart = new long[64];
    long[] granted = new long[64];
    long[] hold = new long[64];
    int[] want = new int[64];
    int[] held = new int[64];
    /** Held connection ids, {@code maxPerRequest} per slot. */
    int[] conns;

    int[] pool = new int[64];
    boolean[] leak = new boolean[64];
    /** Acquire generation: tells a waiter's current acquire from its earlier ones. */
    int[] gen = new int[64];
    /** The closed-phase user, or −1 for an open request. */
    int[] user = new int[64];

    private int[] freeSlots = new int[64];
    private int freeCount;
    private int nextSlot;

    RequestTable(int maxPerRequest) {
        this.maxPerRequest = Math.max(1, maxPerRequest);
        this.conns = new int[64 * this.maxPerRequest];
    }

    /** A free slot. */
    int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        int slot = nextSlot++;
        if (slot == hold.length) {
            int n = slot * 2;
            acquireStart = Arrays.copyOf(acquireStart, n);
            granted = Arrays.copyOf(granted, n);
            hold = Arrays.copyOf(hold, n);
            want = Arrays.copyOf(want, n);
            held = Arrays.copyOf(held, n);
            conns = Arrays.copyOf(conns, n * maxPerRequest);
            pool = Arrays.copyOf(pool, n);
            leak = Arrays.copyOf(leak, n);
            gen = Arrays.copyOf(gen, n);
            user = Arrays.copyOf(user, n);
        }
        return slot;
    }

    /** Returns {@code slot} to the free list. */
    void free(int slot) {
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
    }
}
