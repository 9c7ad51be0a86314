package dev.lifeguard.poolsim.virtual;

/** What a pool model calls back into: the simulator that owns the requests and the clock. */
interface PoolHost {

    /** Request {@code slot} now holds connection {@code conn} of the calling pool. */
    void granted(int slot, int conn, long now);

    /** Request {@code slot} gave up waiting, with the library's exception message. */
    void timedOut(int slot, long now, String message);

    /** Request {@code slot} failed for another reason ({@code kind} is the result's error key). */
    void failed(int slot, long now, String kind, String message);

    /** The acquire generation of {@code slot}, so stale timeouts can be told apart. */
    int generation(int slot);

    /** Schedules a pool event; {@code localType} is the pool's own type number (0..31). */
    void schedule(PoolModel pool, long at, int localType, long payload);

    /** A log line the library would write (leak detection, validation failures). */
    void log(String message);
}
