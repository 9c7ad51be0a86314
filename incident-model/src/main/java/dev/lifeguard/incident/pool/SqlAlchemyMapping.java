package dev.lifeguard.incident.pool;

import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy {@code QueuePool} settings carried over to HikariCP, with a note on every inexact step. */
final class SqlAlchemyMapping {

    private SqlAlchemyMapping() {}

    static PoolMapping toHikari(SqlAlchemyPoolConfig q) {
        List<MappingNote> notes = new ArrayList<>();
        int cap = q.maxConnections();
        int max = Math.max(1, cap);
        if (q.unlimited()) {
            notes.add(MappingNote.approximate(
                    "pool_size + max_overflow",
                    "maximumPoolSize",
                    "max_overflow -1"
                            + " removes SQLAlchemy's limit; HikariCP needs one, so " + SqlAlchemyPoolConfig.UNLIMITED_AS
                            + " stands in"));
        } else if (cap == 0) {
            notes.add(MappingNote.approximate(
                    "pool_size + max_overflow",
                    "maximumPoolSize",
                    "pool_size "
                            + q.poolSize() + " + max_overflow " + q.maxOverflow()
                            + " allows no connection at all: every"
                            + " SQLAlchemy checkout waits pool_timeout and fails; HikariCP needs at least 1,"
                            + " so 1 stands in"
                            + " and serves requests SQLAlchemy would not (the virtual engine runs it exactly)"));
        } else {
            notes.add(MappingNote.exact(
                    "pool_size + max_overflow", "maximumPoolSize", "the same cap on open connections (" + cap + ")"));
        }
        int minIdle = Math.min(Math.max(0, q.poolSize()), max);
        notes.add(MappingNote.approximate(
                "pool_size",
                "minimumIdle",
                "SQLAlchemy opens connections lazily and never pre-fills; HikariCP pre-fills and"
                        + " refills to minimumIdle"));
        long idleTimeout;
        if (q.poolSize() <= 0) {
            idleTimeout = 0;
            notes.add(MappingNote.approximate(
                    "pool_size " + q.poolSize() + " (idle queue unbounded)",
                    "idleTimeout",
                    "SQLAlchemy keeps every returned connection; HikariCP never retires idle ones with idleTimeout 0"));
        } else {
            idleTimeout = 600_000;
            notes.add(MappingNote.approximate(
                    "overflow closed on return to a full queue",
                    "idleTimeout",
                    "SQLAlchemy closes overflow at once; HikariCP retires idle connections above minimumIdle after"
                            + " idleTimeout (≥ 10 s) on a 30 s sweep"));
        }
        long timeout = q.acquireTimeoutMs();
        long floor = HikariPoolConfig.TIMEOUT_FLOOR_MS;
        if (timeout < floor) {
            notes.add(MappingNote.approximate(
                    "pool_timeout",
                    "connectionTimeout",
                    (timeout == 0
                                    ? "SQLAlchemy fails at once when no connection is free (pool_timeout 0)"
                                    : "SQLAlchemy waits " + timeout + " ms")
                            + "; HikariCP's shortest wait is its " + floor
                            + " ms floor, so callers wait " + floor + " ms"));
            timeout = floor;
        } else {
            notes.add(MappingNote.approximate(
                    "pool_timeout",
                    "connectionTimeout",
                    "same meaning, but SQLAlchemy only waits once overflow is exhausted and HikariCP counts"
                            + " validation retries inside the timeout"));
        }
        long maxLifetime = 0;
        if (q.poolRecycle() >= 0) {
            maxLifetime = Math.max(30_000L, q.poolRecycle() * 1000L);
            notes.add(MappingNote.approximate(
                    "pool_recycle",
                    "maxLifetime",
                    "SQLAlchemy checks at checkout; HikariCP retires on a timer with 2.5 % jitter and never"
                            + " while in use"
                            + (q.poolRecycle() * 1000L < 30_000 ? "; raised to HikariCP's 30 s minimum" : "")));
        } else {
            notes.add(MappingNote.exact(
                    "pool_recycle " + q.poolRecycle(),
                    "maxLifetime",
                    "SQLAlchemy never recycles; maxLifetime 0 never retires a connection either"));
        }
        notes.add(MappingNote.approximate(
                "pool_pre_ping",
                "validation on borrow after 500 ms idle",
                q.poolPrePing()
                        ? "HikariCP always validates a connection idle for more than 500 ms"
                        : "HikariCP validates anyway; SQLAlchemy without pre_ping does not"));
        if (q.poolUseLifo()) {
            notes.add(MappingNote.none("pool_use_lifo", "HikariCP's thread-local lists make it roughly LIFO already"));
        }
        // SQLAlchemy has no keepalive: HikariCP's (on by default since 7) is switched off.
        HikariPoolConfig defaults = HikariPoolConfig.defaults(max);
        HikariPoolConfig hikari = new HikariPoolConfig(
                null, max, minIdle, timeout, idleTimeout, maxLifetime, 0, 0, defaults.validationTimeout());
        return new PoolMapping(hikari, notes);
    }
}
