package dev.lifeguard.poolsim;

/**
 * Live readings of one pool in a running simulation (the real engine backs them with HikariCP's
 * {@code HikariPoolMXBean} and its own counters). Safe to call from any thread while the pool is open;
 * after the pool closes the values freeze.
 */
public interface PoolGauges {

    /** The pool's name, e.g. {@code lifeguard-sim-1}. */
    String poolName();

    /** Open connections. */
    int total();

    /** Connections lent out. */
    int active();

    /** Connections idle in the pool. */
    int idle();

    /** Threads waiting for a connection. */
    int pending();

    /** The pool's maximum size. */
    int max();

    /** The pool's minimum idle. */
    int min();

    /** Acquire timeouts so far. */
    long timeoutsTotal();

    /** Requests that got their connections so far. */
    long servedTotal();

    /** Time in {@code getConnection}, timed-out calls included (as HikariCP's metrics tracker records it). */
    default TimerSnapshot acquireTimer() {
        return TimerSnapshot.EMPTY;
    }

    /** Time from borrow to return of each connection handed back. */
    default TimerSnapshot usageTimer() {
        return TimerSnapshot.EMPTY;
    }
}
