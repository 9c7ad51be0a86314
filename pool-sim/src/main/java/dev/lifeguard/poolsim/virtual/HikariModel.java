package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import java.util.SplittableRandom;

/**
 * HikariCP 7 semantics in virtual time (POOL-SEMANTICS.md §1): FIFO hand-off to waiters, a single
 * serialized adder (connect latency + 30 ms pause per connection, 10 ms doubling to 5 s backoff on
 * failure), the 30 s housekeeper retiring idle connections above minimumIdle, maxLifetime with its
 * 2.5 % jitter (retire on return when in use), keepalive, validation on borrow after 500 ms idle and
 * leak detection that only logs. Idle connections are handed out newest first, as the per-thread
 * lists make HikariCP do for a busy service.
 */
final class HikariModel implements PoolModel {

    private static final long MS = 1_000_000L;
    private static final long ALIVE_BYPASS_NS = 500 * MS;
    private static final long HOUSEKEEPING_NS = 30_000 * MS;
    private static final int EV_CONNECT_DONE = 0;
    private static final int EV_ADDER_NEXT = 1;
    private static final int EV_TIMEOUT = 2;
    private static final int EV_LIFETIME = 3;
    private static final int EV_KEEPALIVE = 4;
    private static final int EV_HOUSEKEEP = 5;
    private static final int EV_LEAK = 6;

    private final HikariPoolConfig config;
    private final String poolName;
    private final PoolHost host;
    private final VirtualDatabase db;
    private final SplittableRandom random;
    private final Waiters waiters = new Waiters();
    private final ConnectionTable conns = new ConnectionTable();
    private final long timeoutNs;
    private final long idleTimeoutNs;

    private final HikariAdder adder;
    private long timerAt = Long.MAX_VALUE;

    HikariModel(HikariPoolConfig config, String poolName, PoolHost host, VirtualDatabase db, long seed) {
        this.config = config;
        this.poolName = poolName;
        this.host = host;
        this.db = db;
        this.random = new SplittableRandom(seed);
        this.timeoutNs = config.acquireTimeoutMs() * MS;
        this.idleTimeoutNs = config.idleRetirementMs() * MS;
        this.adder = new HikariAdder(
                this, db, config.maximumPoolSize(), config.minimumIdle(), EV_CONNECT_DONE, EV_ADDER_NEXT);
    }

    @Override
    public void start(long now) {
        // a warm pool: minimumIdle connections already open, as in a service that has been running
        for (int i = 0; i < config.minimumIdle() && db.tryOpen(now) == null; i++) {
            conns.pushIdle(open(now));
        }
        fillPool(now);
        host.schedule(this, now + 100 * MS, EV_HOUSEKEEP, 0);
    }

    @Override
    public void acquire(int slot, long now) {
        int gen = host.generation(slot);
        while (conns.idleCount() > 0) {
            int c = conns.popIdle();
            if (conns.evicted(c) || (now - conns.lastAccess(c) > ALIVE_BYPASS_NS && isDead(c))) {
                if (isDead(c)) {
                    host.log(poolName + " - Failed to validate connection " + connName(c)
                            + " (connection is closed). Possibly consider using a shorter maxLifetime value.");
                }
                close(c, now);
                continue;
            }
            borrow(c, slot, now);
            return;
        }
        waiters.add(slot, gen, now + timeoutNs);
        armTimer();
        adder.addBagItem(waiters.live(), now);
    }

    @Override
    public void release(int conn, long now, boolean broken) {
        conns.setLastAccess(conn, now);
        conns.returned(conn);
        if (broken || conns.evicted(conn) || isDead(conn)) {
            close(conn, now); // retire on return: evicted (maxLifetime) or broken connections are closed
            return;
        }
        requite(conn, now);
    }

    @Override
    public boolean isDead(int conn) {
        return conns.epoch(conn) != db.epoch();
    }

    @Override
    public void handle(int type, long payload, long now) {
        switch (type) {
            case EV_CONNECT_DONE -> adder.connectDone(now);
            case EV_ADDER_NEXT -> adder.stepDone(payload, now);
            case EV_TIMEOUT -> timeouts(now);
            case EV_LIFETIME -> lifetime((int) (payload >>> 32), (int) payload, now);
            case EV_KEEPALIVE -> keepalive((int) (payload >>> 32), (int) payload, now);
            case EV_HOUSEKEEP -> housekeep(now);
            case EV_LEAK -> leak((int) (payload >>> 32), (int) payload);
            default -> throw new IllegalStateException("unknown HikariCP event " + type);
        }
    }

    private void borrow(int c, int slot, long now) {
        conns.borrowed(c, now);
        if (config.leakDetectionThreshold() > 0) {
            host.schedule(
                    this,
                    now + config.leakDetectionThreshold() * MS,
                    EV_LEAK,
                    ((long) c << 32) | (conns.borrowGen(c) & 0xffff_ffffL));
        }
        host.granted(slot, c, now);
    }

    /** A connection comes back or is new: the oldest waiter gets it, else it goes idle. */
    private void requite(int c, long now) {
        int slot = waiters.pollLive();
        if (slot >= 0) {
            borrow(c, slot, now);
        } else {
            conns.pushIdle(c);
        }
    }

    /** One timer for the oldest waiter: deadlines are FIFO because every acquire waits the same timeout. */
    private void armTimer() {
        if (timerAt == Long.MAX_VALUE) {
            timerAt = waiters.nextDeadline();
            if (timerAt != Long.MAX_VALUE) {
                host.schedule(this, timerAt, EV_TIMEOUT, 0);
            }
        }
    }

    private void timeouts(long now) {
        timerAt = Long.MAX_VALUE;
        for (int slot = waiters.pollExpired(now); slot >= 0; slot = waiters.pollExpired(now)) {
            // HikariCP reads the counts after this waiter has left the bag, so it does not count itself
            String message = poolName + " - Connection is not available, request timed out after "
                    + config.acquireTimeoutMs() + "ms (total=" + total() + ", active=" + active() + ", idle=" + idle()
                    + ", waiting=" + waiting() + ")";
            host.timedOut(slot, now, message);
        }
        armTimer();
    }

    private int open(long now) {
        int c = conns.add(db.epoch(), now);
        long lifetime = config.maxLifetime();
        if (lifetime > 0) {
            long variance = lifetime > 10_000 ? random.nextLong(Math.max(1, lifetime / 40)) : 0;
            host.schedule(this, now + (lifetime - variance) * MS, EV_LIFETIME, key(c));
        }
        if (config.keepaliveTime() > 0) {
            scheduleKeepalive(c, now);
        }
        return c;
    }

    private void scheduleKeepalive(int c, long now) {
        long k = config.keepaliveTime();
        host.schedule(this, now + (k - random.nextLong(Math.max(1, k / 10))) * MS, EV_KEEPALIVE, key(c));
    }

    private long key(int c) {
        return ((long) c << 32) | (conns.generation(c) & 0xffff_ffffL);
    }

    private void close(int c, long now) {
        db.close(conns.epoch(c));
        conns.remove(c);
        fillPool(now);
    }

    private void fillPool(long now) {
        if (total() < config.maximumPoolSize() && idle() < config.minimumIdle()) {
            for (int i = config.minimumIdle() - idle(); i > 0; i--) {
                adder.submit(now);
            }
        }
    }

    /** The adder made a connection: a waiter gets it, else it goes idle. */
    void added(long now) {
        requite(open(now), now);
    }

    /** Schedules one of this pool's events. */
    void schedule(long at, int type, long payload) {
        host.schedule(this, at, type, payload);
    }

    private void lifetime(int c, int gen, long now) {
        if (!conns.isCurrent(c, gen)) {
            return;
        }
        conns.evict(c);
        if (conns.isIdle(c)) {
            conns.removeIdle(c);
            close(c, now);
            adder.addBagItem(waiters.live(), now);
        }
    }

    private void keepalive(int c, int gen, long now) {
        if (!conns.isCurrent(c, gen)) {
            return;
        }
        if (conns.isIdle(c) && isDead(c)) {
            conns.removeIdle(c);
            close(c, now);
            return;
        }
        scheduleKeepalive(c, now);
    }

    private void housekeep(long now) {
        if (idleTimeoutNs > 0) {
            int toRemove = idle() - config.minimumIdle();
            for (int i = 0; i < conns.idleCount() && toRemove > 0; ) {
                int c = conns.idleAt(i);
                if (now - conns.lastAccess(c) > idleTimeoutNs) {
                    conns.removeIdle(c);
                    db.close(conns.epoch(c));
                    conns.remove(c);
                    toRemove--;
                } else {
                    i++;
                }
            }
        }
        fillPool(now);
        host.schedule(this, now + HOUSEKEEPING_NS, EV_HOUSEKEEP, 0);
    }

    private void leak(int c, int borrowGen) {
        if (conns.isInUse(c) && conns.borrowGen(c) == borrowGen) {
            host.log("Connection leak detection triggered for " + connName(c)
                    + " on thread request, stack trace follows");
        }
    }

    private String connName(int c) {
        return "connection-" + c;
    }

    @Override
    public int total() {
        return conns.total();
    }

    @Override
    public int active() {
        return conns.inUse();
    }

    @Override
    public int idle() {
        return conns.idleCount();
    }

    @Override
    public int waiting() {
        return waiters.live();
    }

    @Override
    public int max() {
        return config.maximumPoolSize();
    }

    @Override
    public int min() {
        return config.minimumIdle();
    }
}
