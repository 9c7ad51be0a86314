package dev.lifeguard.poolsim.virtual;

/**
 * The requests of a run in arrival order, read one at a time so an hour of traffic never sits in memory.
 * After {@link #advance()} returns true the accessors describe the new request.
 */
interface RequestStream {

    /** Moves to the next request; false when there are no more. */
    boolean advance();

    /** Intended start, nanoseconds from the start of the run (non-decreasing). */
    long arrivalNs();

    /** How long the request holds its connections once it has them all. */
    long holdNs();

    /** Connections the request holds at once (pool-locking when &gt; 1). */
    int connections();

    /** True when the request never returns its connections. */
    boolean leaks();
}
