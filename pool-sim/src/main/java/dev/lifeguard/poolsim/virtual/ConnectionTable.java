package dev.lifeguard.poolsim.virtual;

import java.util.Arrays;

/**
 * One pool's connections in parallel primitive arrays, ids reused through a free list, plus the idle
 * connections in a stack (newest on top). A generation per id lets scheduled per-connection events
 * (maxLifetime, keepalive) recognise that their connection has since been closed.
 */
final class ConnectionTable {

    private static final byte FREE = 0;
    private static final byte IDLE = 1;
    private static final byte IN_USE = 2;
    private static final byte HELD = 3; // taken off the idle stack or returned, not yet placed

    private byte[] state = new byte[16];
    private int[] epoch = new int[16];
    private long[] created = new long[16];
    private long[] lastAccess = new long[16];
    private boolean[] evicted = new boolean[16];
    private int[] generation = new int[16];
    private int[] borrowGen = new int[16];
    private int[] freeIds = new int[16];
    private int freeCount;
    private int nextId;
    private int[] idle = new int[16];
    private int idleCount;
    private int total;
    private int inUse;

    /** A new open connection (state HELD); returns its id. */
    int add(int dbEpoch, long now) {
        int c = freeCount > 0 ? freeIds[--freeCount] : nextId++;
        if (c >= state.length) {
            int n = state.length * 2;
            state = Arrays.copyOf(state, n);
            epoch = Arrays.copyOf(epoch, n);
            created = Arrays.copyOf(created, n);
            lastAccess = Arrays.copyOf(lastAccess, n);
            evicted = Arrays.copyOf(evicted, n);
            generation = Arrays.copyOf(generation, n);
            borrowGen = Arrays.copyOf(borrowGen, n);
        }
        state[c] = HELD;
        epoch[c] = dbEpoch;
        created[c] = now;
        lastAccess[c] = now;
        evicted[c] = false;
        total++;
        return c;
    }

    /** Closes {@code c} (it must not be on the idle stack). */
    void remove(int c) {
        if (state[c] == IN_USE) {
            inUse--;
        }
        state[c] = FREE;
        generation[c]++;
        total--;
        if (freeCount == freeIds.length) {
            freeIds = Arrays.copyOf(freeIds, freeCount * 2);
        }
        freeIds[freeCount++] = c;
    }

    void pushIdle(int c) {
        if (idleCount == idle.length) {
            idle = Arrays.copyOf(idle, idleCount * 2);
        }
        idle[idleCount++] = c;
        state[c] = IDLE;
    }

    /** Takes the newest idle connection. */
    int popIdle() {
        int c = idle[--idleCount];
        state[c] = HELD;
        return c;
    }

    /** Takes the oldest idle connection (FIFO queue order). */
    int pollOldestIdle() {
        int c = idle[0];
        System.arraycopy(idle, 1, idle, 0, --idleCount);
        state[c] = HELD;
        return c;
    }

    /** Removes {@code c} from anywhere in the idle stack, keeping the others' order. */
    void removeIdle(int c) {
        for (int i = 0; i < idleCount; i++) {
            if (idle[i] == c) {
                System.arraycopy(idle, i + 1, idle, i, idleCount - i - 1);
                idleCount--;
                state[c] = HELD;
                return;
            }
        }
        throw new IllegalStateException("connection " + c + " is not idle");
    }

    /** The idle connection at {@code i}, oldest-placed first. */
    int idleAt(int i) {
        return idle[i];
    }

    void borrowed(int c, long now) {
        state[c] = IN_USE;
        lastAccess[c] = now;
        borrowGen[c]++;
        inUse++;
    }

    void returned(int c) {
        if (state[c] == IN_USE) {
            inUse--;
        }
        state[c] = HELD;
    }

    boolean isIdle(int c) {
        return state[c] == IDLE;
    }

    boolean isInUse(int c) {
        return state[c] == IN_USE;
    }

    boolean isCurrent(int c, int gen) {
        return c < nextId && state[c] != FREE && generation[c] == gen;
    }

    int generation(int c) {
        return generation[c];
    }

    int borrowGen(int c) {
        return borrowGen[c];
    }

    int epoch(int c) {
        return epoch[c];
    }

    long created(int c) {
        return created[c];
    }

    long lastAccess(int c) {
        return lastAccess[c];
    }

    void setLastAccess(int c, long now) {
        lastAccess[c] = now;
    }

    boolean evicted(int c) {
        return evicted[c];
    }

    void evict(int c) {
        evicted[c] = true;
    }

    int idleCount() {
        return idleCount;
    }

    int total() {
        return total;
    }

    int inUse() {
        return inUse;
    }
}
