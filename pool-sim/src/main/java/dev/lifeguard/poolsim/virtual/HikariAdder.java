package dev.lifeguard.poolsim.virtual;

/**
 * HikariCP's {@code addConnectionExecutor}: one thread and a queue of at most maximumPoolSize creator
 * tasks (extra submissions are discarded). A task loops while the pool is below its maximum and either
 * below minimumIdle or short of idle connections for its waiters: it connects (connect latency), and on
 * success adds the connection, sleeps 30 ms and ends; on failure it sleeps 10 ms, doubling to 5 s, and
 * tries again. So growth is serialized: at most one connection per connect latency + 30 ms.
 */
final class HikariAdder {

    private static final long MS = 1_000_000L;

    private final HikariModel pool;
    private final VirtualDatabase db;
    private final int maximumPoolSize;
    private final int minimumIdle;
    private final int connectType;
    private final int stepType;
    private int queued;
    private boolean busy;
    private long backoffMs;

    /**
     * @param connectType the pool's event type for "a connect completed"
     * @param stepType    the pool's event type for "the task's sleep ended" (payload 1: end the task)
     */
    HikariAdder(
            HikariModel pool, VirtualDatabase db, int maximumPoolSize, int minimumIdle, int connectType, int stepType) {
        this.pool = pool;
        this.db = db;
        this.maximumPoolSize = maximumPoolSize;
        this.minimumIdle = minimumIdle;
        this.connectType = connectType;
        this.stepType = stepType;
    }

    /** {@code addBagItem(waiting)}: submits a creator only when more wait than creators are queued. */
    void addBagItem(int waiting, long now) {
        if (waiting > queued) {
            submit(now);
        }
    }

    /** Submits one creator task. */
    void submit(long now) {
        if (!busy) {
            startTask(now);
        } else if (queued < maximumPoolSize) {
            queued++;
        }
    }

    /** The task's sleep ended: after a success ({@code payload} 1) the task ends, after a failure it retries. */
    void stepDone(long payload, long now) {
        if (payload == 1) {
            finishTask(now);
        } else {
            step(now);
        }
    }

    /** A connect completed: the database accepts it or refuses. */
    void connectDone(long now) {
        if (db.tryOpen(now) != null) {
            pool.schedule(now + backoffMs * MS, stepType, 0);
            backoffMs = Math.min(5_000, backoffMs * 2);
            return;
        }
        pool.added(now);
        pool.schedule(now + 30 * MS, stepType, 1);
    }

    private void startTask(long now) {
        busy = true;
        backoffMs = 10;
        step(now);
    }

    private void finishTask(long now) {
        busy = false;
        if (queued > 0) {
            queued--;
            startTask(now);
        }
    }

    /** One turn of the creator's loop: connect if still needed, else end the task. */
    private void step(long now) {
        boolean needed = pool.total() < maximumPoolSize && (pool.idle() < minimumIdle || pool.waiting() > pool.idle());
        if (needed) {
            pool.schedule(now + db.connectLatency(now), connectType, 0);
        } else {
            finishTask(now);
        }
    }
}
