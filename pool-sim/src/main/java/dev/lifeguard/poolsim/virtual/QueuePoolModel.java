package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SQLAlchemy 1.4 {@code QueuePool} in virtual time, kept to the counters of its {@code pool/impl.py}
 * (docs/simulation.md cites each line): no pre-fill; {@code _overflow} starts at −pool_size; a checkout
 * takes an idle connection, else opens one synchronously in the caller while {@code _overflow <
 * max_overflow} (always when max_overflow is −1), else waits FIFO up to pool_timeout, and pool_timeout 0
 * fails at once. A return hands the connection to the oldest waiter, else queues it (an unbounded queue
 * when pool_size ≤ 0), else (queue full) closes it and decrements overflow. pool_recycle is checked at
 * checkout, pre_ping pings every reused connection, and a connection that failed on use invalidates every
 * connection opened before it (they reconnect at their next checkout).
 */
final class QueuePoolModel implements PoolModel {

    private static final long MS = 1_000_000L;
    /** The release token in SQLAlchemy's error links: 1.4 (see SqlAlchemyPoolConfig.LIBRARY). */
    static final String SQLALCHEMY_ERROR_RELEASE = "14";

    private static final int EV_CONNECTED = 0;
    private static final int EV_TIMEOUT = 1;

    private final SqlAlchemyPoolConfig config;
    private final PoolHost host;
    private final VirtualDatabase db;
    private final Waiters waiters = new Waiters();
    private final ConnectionTable conns = new ConnectionTable();
    private final long timeoutNs;
    private final long recycleNs;
    /** SQLAlchemy's counter: open connections = pool_size + overflow. */
    private int overflow;

    private int connecting;
    private long invalidateTime = Long.MIN_VALUE;
    private long timerAt = Long.MAX_VALUE;

    QueuePoolModel(SqlAlchemyPoolConfig config, PoolHost host, VirtualDatabase db) {
        this.config = config;
        this.host = host;
        this.db = db;
        this.overflow = -config.poolSize();
        this.timeoutNs = Math.round(config.poolTimeout() * 1e9);
        this.recycleNs = config.poolRecycle() < 0 ? -1 : config.poolRecycle() * 1_000_000_000L;
    }

    @Override
    public void start(long now) {
        // QueuePool starts empty and never pre-fills
    }

    @Override
    public void acquire(int slot, long now) {
        if (conns.idleCount() > 0) {
            int c = config.poolUseLifo() ? conns.popIdle() : conns.pollOldestIdle();
            checkout(c, slot, now);
        } else if (config.unlimited() || overflow < config.maxOverflow()) {
            overflow++;
            connect(slot, now);
        } else if (timeoutNs == 0) {
            // Queue.get(True, 0): "remaining <= 0.0" at once, so Empty, then the TimeoutError; nothing returned
            // at this same instant can reach this caller.
            host.timedOut(slot, now, timeoutMessage());
        } else {
            int gen = host.generation(slot);
            waiters.add(slot, gen, now + timeoutNs);
            armTimer();
        }
    }

    /** Checkout of an existing connection: recycle, invalidation and pre_ping may replace it in the caller. */
    private void checkout(int c, int slot, long now) {
        boolean stale = (recycleNs >= 0 && now - conns.created(c) > recycleNs) || conns.created(c) < invalidateTime;
        boolean pingFailed = config.poolPrePing() && isDead(c);
        if (stale || pingFailed) {
            if (pingFailed) {
                invalidateTime = now;
            }
            db.close(conns.epoch(c));
            conns.remove(c);
            connect(slot, now); // same record: overflow unchanged
            return;
        }
        conns.borrowed(c, now);
        host.granted(slot, c, now);
    }

    /** Opens a connection synchronously in the calling request: it pays the connect latency. */
    private void connect(int slot, long now) {
        connecting++;
        int gen = host.generation(slot);
        host.schedule(this, now + db.connectLatency(now), EV_CONNECTED, ((long) slot << 32) | (gen & 0xffff_ffffL));
    }

    private void connected(int slot, long now) {
        connecting--;
        String error = db.tryOpen(now);
        if (error != null) {
            overflow--;
            // the overflow slot is free again, but waiters sit in queue.get and only a put wakes them
            host.failed(slot, now, error, db.message(error));
            return;
        }
        int c = conns.add(db.epoch(), now);
        conns.borrowed(c, now);
        host.granted(slot, c, now);
    }

    @Override
    public void release(int conn, long now, boolean broken) {
        conns.returned(conn);
        if (broken || isDead(conn)) {
            invalidateTime = now;
            db.close(conns.epoch(conn));
            conns.remove(conn);
            int slot = waiters.pollLive();
            if (slot >= 0) {
                connect(slot, now); // the invalidated record goes back; its next user reconnects
            } else {
                overflow--;
            }
            return;
        }
        conns.setLastAccess(conn, now);
        int slot = waiters.pollLive();
        if (slot >= 0) {
            checkout(conn, slot, now);
        } else if (conns.idleCount() < config.idleCapacity()) {
            conns.pushIdle(conn);
        } else {
            db.close(conns.epoch(conn));
            conns.remove(conn);
            overflow--;
        }
    }

    @Override
    public boolean isDead(int conn) {
        return conns.epoch(conn) != db.epoch();
    }

    @Override
    public void handle(int type, long payload, long now) {
        if (type == EV_CONNECTED) {
            connected((int) (payload >>> 32), now);
            return;
        }
        timerAt = Long.MAX_VALUE;
        for (int slot = waiters.pollExpired(now); slot >= 0; slot = waiters.pollExpired(now)) {
            host.timedOut(slot, now, timeoutMessage());
        }
        armTimer();
    }

    /**
     * SQLAlchemy's TimeoutError text (impl.py line 135): its current overflow counter (max_overflow while
     * callers wait) and the timeout through Python's {@code %0.2f}, which rounds the binary value half to even
     * (0.125 prints 0.12, where Java's %.2f prints 0.13).
     */
    private String timeoutMessage() {
        String timeout = new BigDecimal(config.poolTimeout())
                .setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString();
        return "QueuePool limit of size " + config.poolSize() + " overflow " + overflow + " reached, connection"
                + " timed out, timeout " + timeout + " (Background on this error at: https://sqlalche.me/e/"
                + SQLALCHEMY_ERROR_RELEASE + "/3o7r)";
    }

    /** One timer for the oldest waiter: deadlines are FIFO because every checkout waits the same timeout. */
    private void armTimer() {
        if (timerAt == Long.MAX_VALUE) {
            timerAt = waiters.nextDeadline();
            if (timerAt != Long.MAX_VALUE) {
                host.schedule(this, timerAt, EV_TIMEOUT, 0);
            }
        }
    }

    @Override
    public int total() {
        return conns.total() + connecting;
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
        return config.maxConnections();
    }

    @Override
    public int min() {
        return Math.max(0, config.poolSize());
    }
}
