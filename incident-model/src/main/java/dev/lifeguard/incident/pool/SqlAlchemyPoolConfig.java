package dev.lifeguard.incident.pool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLAlchemy {@code QueuePool} settings, named exactly as {@code create_engine} names them.
 *
 * @param poolSize     {@code pool_size}: connections kept in the queue; 0 means no limit (default 5)
 * @param maxOverflow  {@code max_overflow}: extra connections beyond pool_size; −1 means unlimited (default 10)
 * @param poolTimeout  {@code pool_timeout}: seconds to wait once overflow is exhausted (default 30.0)
 * @param poolRecycle  {@code pool_recycle}: seconds after which a connection is replaced at checkout; −1 never
 * @param poolPrePing  {@code pool_pre_ping}: ping on every checkout (default false)
 * @param poolUseLifo  {@code pool_use_lifo}: hand out the most recently returned idle connection (default false)
 */
public record SqlAlchemyPoolConfig(
        @JsonProperty("pool_size") int poolSize,
        @JsonProperty("max_overflow") int maxOverflow,
        @JsonProperty("pool_timeout") double poolTimeout,
        @JsonProperty("pool_recycle") int poolRecycle,
        @JsonProperty("pool_pre_ping") boolean poolPrePing,
        @JsonProperty("pool_use_lifo") boolean poolUseLifo) implements PoolConfig {

    /** What "unlimited" becomes when a limit must be stated (HikariCP has no unlimited pool). */
    public static final int UNLIMITED_AS = 10_000;

    public SqlAlchemyPoolConfig {
        if (poolSize < 0) {
            throw new IllegalArgumentException("pool 'pool_size' must be 0 (no limit) or more, was " + poolSize);
        }
        if (maxOverflow < -1) {
            throw new IllegalArgumentException("pool 'max_overflow' must be -1 (unlimited) or more, was " + maxOverflow);
        }
        if (!(poolTimeout >= 0) || Double.isInfinite(poolTimeout)) {
            throw new IllegalArgumentException("pool 'pool_timeout' must be a number of seconds ≥ 0, was " + poolTimeout);
        }
        if (poolRecycle < -1) {
            throw new IllegalArgumentException("pool 'pool_recycle' must be -1 (never) or seconds ≥ 0, was " + poolRecycle);
        }
        if (poolSize + Math.max(maxOverflow, 0) < 1 && poolSize != 0 && maxOverflow != -1) {
            throw new IllegalArgumentException("pool 'pool_size' + 'max_overflow' must allow at least one connection");
        }
    }

    /** Reads JSON, filling SQLAlchemy's defaults for missing keys. */
    @JsonCreator
    static SqlAlchemyPoolConfig fromJson(
            @JsonProperty("pool_size") Integer poolSize,
            @JsonProperty("max_overflow") Integer maxOverflow,
            @JsonProperty("pool_timeout") Double poolTimeout,
            @JsonProperty("pool_recycle") Integer poolRecycle,
            @JsonProperty("pool_pre_ping") Boolean poolPrePing,
            @JsonProperty("pool_use_lifo") Boolean poolUseLifo) {
        return new SqlAlchemyPoolConfig(poolSize == null ? 5 : poolSize, maxOverflow == null ? 10 : maxOverflow,
                poolTimeout == null ? 30.0 : poolTimeout, poolRecycle == null ? -1 : poolRecycle,
                poolPrePing != null && poolPrePing, poolUseLifo != null && poolUseLifo);
    }

    /** SQLAlchemy's defaults with the given pool_size and max_overflow. */
    public static SqlAlchemyPoolConfig of(int poolSize, int maxOverflow, double poolTimeoutSeconds) {
        return new SqlAlchemyPoolConfig(poolSize, maxOverflow, poolTimeoutSeconds, -1, false, false);
    }

    /** True when pool_size is 0 or max_overflow is −1: the pool never makes a caller wait. */
    public boolean unlimited() {
        return poolSize == 0 || maxOverflow == -1;
    }

    @Override
    public int maxConnections() {
        return unlimited() ? UNLIMITED_AS : poolSize + maxOverflow;
    }

    @Override
    public long acquireTimeoutMs() {
        return Math.round(poolTimeout * 1000);
    }

    @Override
    public PoolMapping toHikari() {
        List<MappingNote> notes = new ArrayList<>();
        int max = maxConnections();
        notes.add(unlimited()
                ? MappingNote.approximate("pool_size + max_overflow", "maximumPoolSize",
                        "SQLAlchemy is unlimited here; HikariCP needs a cap, so " + UNLIMITED_AS + " stands in")
                : MappingNote.exact("pool_size + max_overflow", "maximumPoolSize", "the same cap on open connections"));
        int minIdle = unlimited() ? 0 : poolSize;
        notes.add(MappingNote.approximate("pool_size", "minimumIdle",
                "SQLAlchemy opens connections lazily and never pre-fills; HikariCP pre-fills and refills to minimumIdle"));
        // one above HikariCP's floor: validationTimeout (at least the floor) must stay below connectionTimeout
        long timeout = Math.max(HikariPoolConfig.TIMEOUT_FLOOR_MS + 1, acquireTimeoutMs());
        notes.add(timeout != acquireTimeoutMs()
                ? MappingNote.approximate("pool_timeout", "connectionTimeout",
                        "raised to " + timeout + " ms (HikariCP's floor is 250 ms, with validationTimeout below the"
                                + " timeout) from " + acquireTimeoutMs() + " ms")
                : MappingNote.approximate("pool_timeout", "connectionTimeout",
                        "same meaning, but SQLAlchemy only waits once overflow is exhausted and HikariCP counts"
                                + " validation retries inside the timeout"));
        notes.add(MappingNote.approximate("overflow closed on return to a full queue", "idleTimeout",
                "SQLAlchemy closes overflow at once; HikariCP retires idle connections above minimumIdle after"
                        + " idleTimeout (≥ 10 s) on a 30 s sweep"));
        long maxLifetime = 1_800_000;
        if (poolRecycle >= 0) {
            maxLifetime = Math.max(30_000L, poolRecycle * 1000L);
            notes.add(MappingNote.approximate("pool_recycle", "maxLifetime",
                    "SQLAlchemy checks at checkout; HikariCP retires on a timer with 2.5 % jitter and never while in use"
                            + (poolRecycle * 1000L < 30_000 ? "; raised to HikariCP's 30 s minimum" : "")));
        }
        notes.add(MappingNote.approximate("pool_pre_ping", "validation on borrow after 500 ms idle",
                poolPrePing ? "HikariCP always validates a connection idle for more than 500 ms"
                        : "HikariCP validates anyway; SQLAlchemy without pre_ping does not"));
        if (poolUseLifo) {
            notes.add(MappingNote.none("pool_use_lifo", "HikariCP's thread-local lists make it roughly LIFO already"));
        }
        long validation = Math.min(5_000, timeout - 1);
        HikariPoolConfig hikari = new HikariPoolConfig(null, max, Math.min(minIdle, max), timeout, 600_000, maxLifetime,
                0, 0, Math.max(HikariPoolConfig.TIMEOUT_FLOOR_MS, validation));
        return new PoolMapping(hikari, notes);
    }

    /** A copy with another pool_size and max_overflow. */
    public SqlAlchemyPoolConfig withSizes(int size, int overflow) {
        return new SqlAlchemyPoolConfig(size, overflow, poolTimeout, poolRecycle, poolPrePing, poolUseLifo);
    }
}
