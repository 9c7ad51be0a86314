package dev.lifeguard.poolsim.virtual;

/** One simulated pool instance: HikariCP or SQLAlchemy QueuePool semantics over the shared database. */
interface PoolModel {

    /** Opens the pool at time {@code now} (pre-fill, housekeeper). */
    void start(long now);

    /** Request {@code slot} calls getConnection / checkout at {@code now}. */
    void acquire(int slot, long now);

    /** The request returns {@code conn}; {@code broken} when its last statement failed on a dead connection. */
    void release(int conn, long now, boolean broken);

    /** True when {@code conn} no longer reaches the database (it was open across a restart). */
    boolean isDead(int conn);

    /** Handles one of this pool's own events. */
    void handle(int localType, long payload, long now);

    /** Open connections. */
    int total();

    /** Connections lent out. */
    int active();

    /** Connections waiting in the pool. */
    int idle();

    /** Requests waiting for a connection. */
    int waiting();

    /** The pool's maximum size. */
    int max();

    /** The pool's minimum idle (pool_size for SQLAlchemy). */
    int min();
}
