package dev.lifeguard.incident.pool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * HikariCP settings as requested, named exactly as {@code HikariConfig} names them; times in milliseconds.
 * They are checked by HikariCP's own {@code HikariConfig} (its setters and {@code validate()}, see
 * {@link HikariConfigProbe}): what it refuses cannot be constructed, and the message names the setting
 * with HikariCP's reason. What it accepts is kept as requested, so a scenario or an incident round-trips
 * unchanged; {@link #effective()} gives the values HikariCP really runs, with a warning for each one it
 * changed silently (a {@code maxLifetime} of 10 s becomes 30 min, {@code minimumIdle} above the maximum
 * becomes the maximum, …). Missing keys take a fresh {@code HikariConfig}'s defaults.
 *
 * @param poolName               {@code null} for HikariCP's {@code HikariPool-N}
 * @param maximumPoolSize        connections at most
 * @param minimumIdle            idle connections kept ready (default: maximumPoolSize)
 * @param connectionTimeout      how long getConnection waits; 0 means no timeout
 * @param idleTimeout            idle time after which a connection above minimumIdle is retired
 * @param maxLifetime            lifetime after which an idle connection is replaced; 0 means infinite
 * @param keepaliveTime          period of idle-connection pings; 0 means off
 * @param leakDetectionThreshold time in use after which a leak is logged; 0 means off
 * @param validationTimeout      how long a liveness check may take
 */
public record HikariPoolConfig(
        @Nullable String poolName,
        int maximumPoolSize,
        int minimumIdle,
        long connectionTimeout,
        long idleTimeout,
        long maxLifetime,
        long keepaliveTime,
        long leakDetectionThreshold,
        long validationTimeout)
        implements PoolConfig {

    /** The HikariCP release that checks these settings, from its own metadata, e.g. "HikariCP 7.1.0". */
    public static final String LIBRARY = HikariConfigProbe.LIBRARY;
    /** HikariCP's floor for connectionTimeout and validationTimeout, as shipped (read from HikariCP). */
    public static final long TIMEOUT_FLOOR_MS = HikariConfigProbe.TIMEOUT_FLOOR_MS;

    private static final Map<String, Long> DEFAULTS = HikariConfigProbe.defaults();

    public HikariPoolConfig {
        HikariConfigProbe.Outcome outcome = HikariConfigProbe.check(settings(
                maximumPoolSize,
                minimumIdle,
                connectionTimeout,
                validationTimeout,
                idleTimeout,
                maxLifetime,
                keepaliveTime,
                leakDetectionThreshold));
        if (outcome.refusedSetting() != null) {
            String setting = outcome.refusedSetting();
            throw new IllegalArgumentException("pool '" + setting + "' "
                    + settingValue(
                            setting,
                            maximumPoolSize,
                            minimumIdle,
                            connectionTimeout,
                            validationTimeout,
                            idleTimeout,
                            maxLifetime,
                            keepaliveTime,
                            leakDetectionThreshold)
                    + " is refused by " + LIBRARY + ": " + outcome.reason());
        }
    }

    /** Reads JSON, filling a fresh {@code HikariConfig}'s defaults for missing keys. */
    @JsonCreator
    static HikariPoolConfig fromJson(
            @JsonProperty("poolName") @Nullable String poolName,
            @JsonProperty("maximumPoolSize") @Nullable Integer maximumPoolSize,
            @JsonProperty("minimumIdle") @Nullable Integer minimumIdle,
            @JsonProperty("connectionTimeout") @Nullable Long connectionTimeout,
            @JsonProperty("idleTimeout") @Nullable Long idleTimeout,
            @JsonProperty("maxLifetime") @Nullable Long maxLifetime,
            @JsonProperty("keepaliveTime") @Nullable Long keepaliveTime,
            @JsonProperty("leakDetectionThreshold") @Nullable Long leakDetectionThreshold,
            @JsonProperty("validationTimeout") @Nullable Long validationTimeout) {
        int max = maximumPoolSize == null
                ? Math.toIntExact(HikariConfigProbe.value(DEFAULTS, "maximumPoolSize"))
                : maximumPoolSize;
        // A fresh HikariConfig's minimumIdle is "unset" (−1), which validate() turns into the maximum.
        int minIdle = minimumIdle != null
                ? minimumIdle
                : HikariConfigProbe.value(DEFAULTS, "minimumIdle") < 0
                        ? max
                        : Math.toIntExact(HikariConfigProbe.value(DEFAULTS, "minimumIdle"));
        return new HikariPoolConfig(
                poolName,
                max,
                minIdle,
                orDefault(connectionTimeout, "connectionTimeout"),
                orDefault(idleTimeout, "idleTimeout"),
                orDefault(maxLifetime, "maxLifetime"),
                orDefault(keepaliveTime, "keepaliveTime"),
                orDefault(leakDetectionThreshold, "leakDetectionThreshold"),
                orDefault(validationTimeout, "validationTimeout"));
    }

    /** HikariCP's defaults with the given maximum pool size (a fixed-size pool). */
    public static HikariPoolConfig defaults(int maximumPoolSize) {
        return fromJson(null, maximumPoolSize, null, null, null, null, null, null, null);
    }

    private static long orDefault(@Nullable Long value, String property) {
        return value == null ? HikariConfigProbe.value(DEFAULTS, property) : value;
    }

    /** The numeric settings by HikariConfig's property names, in the order HikariCP is given them. */
    public Map<String, Long> settings() {
        return settings(
                maximumPoolSize,
                minimumIdle,
                connectionTimeout,
                validationTimeout,
                idleTimeout,
                maxLifetime,
                keepaliveTime,
                leakDetectionThreshold);
    }

    private static Map<String, Long> settings(long... values) {
        Map<String, Long> out = new LinkedHashMap<>();
        List<String> names = HikariConfigProbe.PROPERTIES;
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), values[i]);
        }
        return out;
    }

    private static long settingValue(String setting, long... values) {
        return values[HikariConfigProbe.PROPERTIES.indexOf(setting)];
    }

    /**
     * The settings HikariCP runs for these, after its {@code validate()}, with a warning for each value it
     * changed. Apply it to requested settings only: HikariCP validates a configuration once, and some of
     * its changes would change again if validated twice (an idleTimeout raised to its default can then be
     * found too close to maxLifetime).
     */
    @Override
    public EffectivePool effective() {
        Map<String, Long> requested = settings();
        Map<String, Long> used = HikariConfigProbe.check(requested).accepted();
        HikariPoolConfig settings = new HikariPoolConfig(
                poolName,
                Math.toIntExact(HikariConfigProbe.value(used, "maximumPoolSize")),
                Math.toIntExact(HikariConfigProbe.value(used, "minimumIdle")),
                HikariConfigProbe.value(used, "connectionTimeout"),
                HikariConfigProbe.value(used, "idleTimeout"),
                HikariConfigProbe.value(used, "maxLifetime"),
                HikariConfigProbe.value(used, "keepaliveTime"),
                HikariConfigProbe.value(used, "leakDetectionThreshold"),
                HikariConfigProbe.value(used, "validationTimeout"));
        return new EffectivePool(LIBRARY, settings, HikariAdjustments.between(requested, used, LIBRARY));
    }

    @Override
    public int maxConnections() {
        return maximumPoolSize;
    }

    @Override
    public long acquireTimeoutMs() {
        // HikariCP's setter turns 0 into Integer.MAX_VALUE: wait (practically) forever.
        return connectionTimeout == 0 ? Integer.MAX_VALUE : connectionTimeout;
    }

    /**
     * The idle timeout HikariCP's housekeeper applies, for settings that are already effective: it retires
     * idle connections only when minimumIdle is below maximumPoolSize, and never with idleTimeout 0.
     */
    public long idleRetirementMs() {
        return minimumIdle < maximumPoolSize ? idleTimeout : 0;
    }

    @Override
    public PoolMapping toHikari() {
        return new PoolMapping(this, List.of());
    }

    /** A copy with another maximum pool size; a minimumIdle that followed the maximum keeps following it. */
    public HikariPoolConfig withMaximumPoolSize(int size) {
        return new HikariPoolConfig(
                poolName,
                size,
                Math.min(minimumIdle == maximumPoolSize ? size : minimumIdle, size),
                connectionTimeout,
                idleTimeout,
                maxLifetime,
                keepaliveTime,
                leakDetectionThreshold,
                validationTimeout);
    }

    /** A copy with another connection timeout (HikariCP relates it to no other setting). */
    public HikariPoolConfig withConnectionTimeout(long timeoutMs) {
        return new HikariPoolConfig(
                poolName,
                maximumPoolSize,
                minimumIdle,
                timeoutMs,
                idleTimeout,
                maxLifetime,
                keepaliveTime,
                leakDetectionThreshold,
                validationTimeout);
    }
}
