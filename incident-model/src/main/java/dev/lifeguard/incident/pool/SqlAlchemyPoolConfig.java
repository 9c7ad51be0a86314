package dev.lifeguard.incident.pool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * SQLAlchemy {@code QueuePool} settings, named exactly as {@code create_engine} names them, read as
 * SQLAlchemy 1.4's {@code pool/impl.py} behaves (not as its docstring reads; see docs/simulation.md): open
 * connections are capped at pool_size + max_overflow, whatever pool_size is (0 included), unless
 * max_overflow is −1; pool_size only bounds how many idle connections are kept (none: ≤ 0).
 *
 * @param poolSize    {@code pool_size}: idle connections kept; ≤ 0 keeps every one (default 5)
 * @param maxOverflow {@code max_overflow}: connections beyond pool_size; −1 means no limit (default 10)
 * @param poolTimeout {@code pool_timeout}: seconds a checkout waits once the cap is reached; 0 fails at once
 * @param poolRecycle {@code pool_recycle}: seconds after which a connection is replaced at checkout; &lt; 0 never
 * @param poolPrePing {@code pool_pre_ping}: ping on every checkout (default false)
 * @param poolUseLifo {@code pool_use_lifo}: hand out the most recently returned idle connection (default false)
 */
public record SqlAlchemyPoolConfig(
        @JsonProperty("pool_size") int poolSize,
        @JsonProperty("max_overflow") int maxOverflow,
        @JsonProperty("pool_timeout") double poolTimeout,
        @JsonProperty("pool_recycle") int poolRecycle,
        @JsonProperty("pool_pre_ping") boolean poolPrePing,
        @JsonProperty("pool_use_lifo") boolean poolUseLifo)
        implements PoolConfig {

    /** The release whose {@code QueuePool} this models (its messages link to {@code sqlalche.me/e/14/}). */
    public static final String LIBRARY = "SQLAlchemy 1.4 QueuePool";
    /** What "no limit" becomes when a limit must be stated (HikariCP has no unlimited pool). */
    public static final int UNLIMITED_AS = 10_000;

    public SqlAlchemyPoolConfig {
        if (maxOverflow < -1) {
            // impl.py: use_overflow = max_overflow > -1 (line 120) never waits, yet _inc_overflow refuses past
            // the limit (line 155) and _do_get retries itself (line 148): a checkout there recurses forever.
            throw new IllegalArgumentException("pool 'max_overflow' " + maxOverflow + " is below -1: " + LIBRARY
                    + " accepts it, but a checkout beyond pool_size + max_overflow then recurses until Python's"
                    + " RecursionError; use -1 for no limit");
        }
        if (!(poolTimeout >= 0) || Double.isInfinite(poolTimeout)) {
            // util/queue.py Queue.get: "'timeout' must be a positive number" as soon as a checkout must wait.
            throw new IllegalArgumentException("pool 'pool_timeout' " + poolTimeout + " is not a number of seconds"
                    + " ≥ 0: SQLAlchemy raises ValueError('timeout' must be a positive number) at the first"
                    + " checkout that has to wait");
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
        return new SqlAlchemyPoolConfig(
                poolSize == null ? 5 : poolSize,
                maxOverflow == null ? 10 : maxOverflow,
                poolTimeout == null ? 30.0 : poolTimeout,
                poolRecycle == null ? -1 : poolRecycle,
                poolPrePing != null && poolPrePing,
                poolUseLifo != null && poolUseLifo);
    }

    /** SQLAlchemy's defaults with the given pool_size, max_overflow and pool_timeout. */
    public static SqlAlchemyPoolConfig of(int poolSize, int maxOverflow, double poolTimeoutSeconds) {
        return new SqlAlchemyPoolConfig(poolSize, maxOverflow, poolTimeoutSeconds, -1, false, false);
    }

    /** True when max_overflow is −1: the only setting under which QueuePool never makes a caller wait. */
    public boolean unlimited() {
        return maxOverflow == -1;
    }

    /**
     * The most connections open at once: pool_size + max_overflow (the overflow counter starts at
     * −pool_size and stops at max_overflow), never below 0; {@link #UNLIMITED_AS} when unlimited.
     */
    @Override
    public int maxConnections() {
        return unlimited() ? UNLIMITED_AS : Math.max(0, poolSize + maxOverflow);
    }

    /** How many returned connections stay idle; the queue is unbounded when pool_size ≤ 0. */
    public int idleCapacity() {
        return poolSize > 0 ? poolSize : Integer.MAX_VALUE;
    }

    @Override
    public long acquireTimeoutMs() {
        return Math.round(poolTimeout * 1000);
    }

    /** SQLAlchemy runs what it is given: the effective settings are the requested ones, unadjusted. */
    @Override
    public EffectivePool effective() {
        return new EffectivePool(LIBRARY, this, List.of());
    }

    @Override
    public PoolMapping toHikari() {
        return SqlAlchemyMapping.toHikari(this);
    }

    /** A copy with another pool_size and max_overflow. */
    public SqlAlchemyPoolConfig withSizes(int size, int overflow) {
        return new SqlAlchemyPoolConfig(size, overflow, poolTimeout, poolRecycle, poolPrePing, poolUseLifo);
    }
}
