package dev.lifeguard.incident.pool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * HikariCP settings, named exactly as {@code HikariConfig} names them; times in milliseconds. The
 * constructor enforces the limits HikariCP 7 itself enforces, so a config that validates here is one
 * HikariCP would run unchanged (values HikariCP would silently reset are rejected with the reason).
 *
 * @param poolName                  {@code null} for HikariCP's {@code HikariPool-N}
 * @param maximumPoolSize           ≥ 1 (default 10)
 * @param minimumIdle               0..maximumPoolSize (default = maximumPoolSize)
 * @param connectionTimeout         0 (wait forever) or ≥ 250 ms (default 30 000)
 * @param idleTimeout               0 (never) or ≥ 10 000 ms (default 600 000)
 * @param maxLifetime               0 (infinite) or ≥ 30 000 ms (default 1 800 000)
 * @param keepaliveTime             0 (off) or ≥ 30 000 ms and below maxLifetime (default 0)
 * @param leakDetectionThreshold    0 (off) or ≥ 2 000 ms and ≤ maxLifetime (default 0)
 * @param validationTimeout         ≥ 250 ms and below connectionTimeout (default 5 000)
 */
public record HikariPoolConfig(
        String poolName,
        int maximumPoolSize,
        int minimumIdle,
        long connectionTimeout,
        long idleTimeout,
        long maxLifetime,
        long keepaliveTime,
        long leakDetectionThreshold,
        long validationTimeout) implements PoolConfig {

    /** HikariCP's floor for connectionTimeout and validationTimeout. */
    public static final long TIMEOUT_FLOOR_MS = 250;

    public HikariPoolConfig {
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("pool 'maximumPoolSize' cannot be less than 1, was " + maximumPoolSize);
        }
        if (minimumIdle < 0 || minimumIdle > maximumPoolSize) {
            throw new IllegalArgumentException("pool 'minimumIdle' must be between 0 and maximumPoolSize ("
                    + maximumPoolSize + "), was " + minimumIdle);
        }
        if (connectionTimeout != 0 && connectionTimeout < TIMEOUT_FLOOR_MS) {
            throw new IllegalArgumentException("pool 'connectionTimeout' cannot be less than 250ms, was " + connectionTimeout);
        }
        if (idleTimeout != 0 && idleTimeout < 10_000) {
            throw new IllegalArgumentException("pool 'idleTimeout' must be 0 or at least 10000ms (HikariCP resets"
                    + " smaller values to 600000), was " + idleTimeout);
        }
        if (maxLifetime != 0 && maxLifetime < 30_000) {
            throw new IllegalArgumentException("pool 'maxLifetime' must be 0 or at least 30000ms (HikariCP resets"
                    + " smaller values to 1800000), was " + maxLifetime);
        }
        if (keepaliveTime != 0 && (keepaliveTime < 30_000 || (maxLifetime != 0 && keepaliveTime >= maxLifetime))) {
            throw new IllegalArgumentException("pool 'keepaliveTime' must be 0 or at least 30000ms and below"
                    + " maxLifetime (" + maxLifetime + "), was " + keepaliveTime);
        }
        if (leakDetectionThreshold != 0
                && (leakDetectionThreshold < 2_000 || (maxLifetime != 0 && leakDetectionThreshold > maxLifetime))) {
            throw new IllegalArgumentException("pool 'leakDetectionThreshold' must be 0 or between 2000ms and"
                    + " maxLifetime (" + maxLifetime + "), was " + leakDetectionThreshold);
        }
        if (validationTimeout < TIMEOUT_FLOOR_MS) {
            throw new IllegalArgumentException("pool 'validationTimeout' cannot be less than 250ms, was " + validationTimeout);
        }
        if (connectionTimeout != 0 && validationTimeout >= connectionTimeout) {
            throw new IllegalArgumentException("pool 'validationTimeout' must be below connectionTimeout ("
                    + connectionTimeout + "), was " + validationTimeout);
        }
    }

    /** Reads JSON, filling HikariCP's defaults for missing keys. */
    @JsonCreator
    static HikariPoolConfig fromJson(
            @JsonProperty("poolName") String poolName,
            @JsonProperty("maximumPoolSize") Integer maximumPoolSize,
            @JsonProperty("minimumIdle") Integer minimumIdle,
            @JsonProperty("connectionTimeout") Long connectionTimeout,
            @JsonProperty("idleTimeout") Long idleTimeout,
            @JsonProperty("maxLifetime") Long maxLifetime,
            @JsonProperty("keepaliveTime") Long keepaliveTime,
            @JsonProperty("leakDetectionThreshold") Long leakDetectionThreshold,
            @JsonProperty("validationTimeout") Long validationTimeout) {
        int max = maximumPoolSize == null ? 10 : maximumPoolSize;
        return new HikariPoolConfig(poolName, max, minimumIdle == null ? max : minimumIdle,
                orDefault(connectionTimeout, 30_000), orDefault(idleTimeout, 600_000), orDefault(maxLifetime, 1_800_000),
                orDefault(keepaliveTime, 0), orDefault(leakDetectionThreshold, 0), orDefault(validationTimeout, 5_000));
    }

    /** HikariCP's defaults with the given maximum pool size (a fixed-size pool). */
    public static HikariPoolConfig defaults(int maximumPoolSize) {
        return fromJson(null, maximumPoolSize, null, null, null, null, null, null, null);
    }

    private static long orDefault(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public int maxConnections() {
        return maximumPoolSize;
    }

    @Override
    public long acquireTimeoutMs() {
        return connectionTimeout == 0 ? Integer.MAX_VALUE : connectionTimeout;
    }

    /**
     * The idle timeout HikariCP will actually apply: none for a fixed-size pool, and none when
     * {@code idleTimeout + 1 s > maxLifetime}.
     */
    public long effectiveIdleTimeout() {
        if (minimumIdle >= maximumPoolSize) {
            return 0;
        }
        if (maxLifetime != 0 && idleTimeout + 1_000 > maxLifetime) {
            return 0;
        }
        return idleTimeout;
    }

    @Override
    public PoolMapping toHikari() {
        return new PoolMapping(this, List.of());
    }

    /** A copy with another maximum pool size; minimumIdle is capped to it. */
    public HikariPoolConfig withMaximumPoolSize(int size) {
        return new HikariPoolConfig(poolName, size, Math.min(minimumIdle == maximumPoolSize ? size : minimumIdle, size),
                connectionTimeout, idleTimeout, maxLifetime, keepaliveTime, leakDetectionThreshold, validationTimeout);
    }

    /** A copy with another connection timeout. */
    public HikariPoolConfig withConnectionTimeout(long timeoutMs) {
        return new HikariPoolConfig(poolName, maximumPoolSize, minimumIdle, timeoutMs, idleTimeout, maxLifetime,
                keepaliveTime, leakDetectionThreshold, Math.min(validationTimeout, Math.max(TIMEOUT_FLOOR_MS, timeoutMs - 1)));
    }
}
