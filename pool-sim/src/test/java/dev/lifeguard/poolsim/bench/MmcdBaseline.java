package dev.lifeguard.poolsim.bench;

import java.util.PriorityQueue;

/**
 * The minimal hand-written M/M/c+D event loop the engine is compared with: a fixed pool of c, FIFO
 * waiters, deterministic timeout, requests given as arrays. It models nothing else (no adder, no
 * lifetimes, no samples, no histograms), so it is the floor for what one request must cost.
 */
final class MmcdBaseline {

    private MmcdBaseline() {}

    /** Runs the model; returns {served, timedOut, waited}. */
    static long[] run(long[] arrivals, long[] holds, int pool, long timeoutNs) {
        // release times of busy connections
        PriorityQueue<Long> releases = new PriorityQueue<>();
        // FIFO of waiting requests' arrival times (a waiter gives up at arrival + timeout)
        long[] queue = new long[arrivals.length];
        long[] queueHold = new long[arrivals.length];
        int head = 0;
        int tail = 0;
        int free = pool;
        long served = 0;
        long timedOut = 0;
        long waited = 0;
        int next = 0;
        while (next < arrivals.length || !releases.isEmpty()) {
            long nextArrival = next < arrivals.length ? arrivals[next] : Long.MAX_VALUE;
            long nextRelease = releases.isEmpty() ? Long.MAX_VALUE : releases.peek();
            if (nextRelease <= nextArrival) {
                long now = releases.poll();
                // drop waiters whose deadline passed before this release
                while (head < tail && queue[head] + timeoutNs < now) {
                    head++;
                    timedOut++;
                }
                if (head < tail) {
                    releases.add(now + queueHold[head]);
                    head++;
                    served++;
                } else {
                    free++;
                }
            } else {
                long now = arrivals[next];
                while (head < tail && queue[head] + timeoutNs < now) {
                    head++;
                    timedOut++;
                }
                if (free > 0) {
                    free--;
                    served++;
                    releases.add(now + holds[next]);
                } else {
                    queue[tail] = now;
                    queueHold[tail] = holds[next];
                    tail++;
                    waited++;
                }
                next++;
            }
        }
        timedOut += tail - head;
        return new long[] {served, timedOut, waited};
    }
}
