package dev.lifeguard.poolsim.real;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.PoolGauges;
import dev.lifeguard.poolsim.TimerSnapshot;
import dev.lifeguard.poolsim.TrackedThreads;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** One live HikariCP pool of a run, configured per the {@link CompressionPlan}, with the engine's counters. */
final class PoolInstance implements PoolGauges, AutoCloseable {

    /** HikariCP reads these system properties when a pool is constructed; runs set them under this lock. */
    private static final Object PROPERTY_LOCK = new Object();

    private static final String HOUSEKEEPING = "com.zaxxer.hikari.housekeeping.periodMs";
    private static final String ALIVE_BYPASS = "com.zaxxer.hikari.aliveBypassWindowMs";

    private final HikariDataSource dataSource;
    private final HikariPoolMXBean mxBean;
    private final String name;
    private final int max;
    private final int min;
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong served = new AtomicLong();
    private volatile int frozenTotal;
    private volatile int frozenIdle;
    private volatile boolean closed;
    private final TrackedThreads threads;
    private final SimClock clock;
    /** Time in getConnection and from borrow to return, in simulated time (the request path records them). */
    final WindowedTimer acquire = new WindowedTimer();

    final WindowedTimer usage = new WindowedTimer();
    /** The timers as they stood at {@link #close()}; null while the pool is open. */
    private volatile @Nullable TimerSnapshot frozenAcquire;

    private volatile @Nullable TimerSnapshot frozenUsage;

    /**
     * @param requested the settings as the scenario gives them: HikariCP validates them at start-up itself
     * @param effective what HikariCP makes of them (its validate()), for the sizes this harness tracks
     */
    PoolInstance(
            String name,
            HikariPoolConfig requested,
            HikariPoolConfig effective,
            CompressionPlan plan,
            ModelDataSource source,
            String runTag,
            SimClock clock) {
        HikariPoolConfig config = requested;
        this.name = name;
        this.clock = clock;
        this.threads = new TrackedThreads(runTag + " " + name);
        this.max = effective.maximumPoolSize();
        this.min = effective.minimumIdle();
        HikariConfig hc = new HikariConfig();
        hc.setPoolName(name);
        hc.setDataSource(source);
        hc.setMaximumPoolSize(config.maximumPoolSize());
        hc.setMinimumIdle(config.minimumIdle());
        hc.setConnectionTimeout(plan.connectionTimeout());
        hc.setValidationTimeout(plan.validationTimeout());
        // Start-up validates the unscaled values (HikariCP's minimums apply there); scaled ones follow below.
        hc.setIdleTimeout(config.idleTimeout());
        hc.setMaxLifetime(config.maxLifetime());
        hc.setKeepaliveTime(config.keepaliveTime());
        hc.setLeakDetectionThreshold(config.leakDetectionThreshold());
        // Start even when the database refuses: a fleet that cannot connect is a result, not a crash.
        hc.setInitializationFailTimeout(-1);
        hc.setThreadFactory(threads);
        synchronized (PROPERTY_LOCK) {
            String housekeeping = System.getProperty(HOUSEKEEPING);
            String bypass = System.getProperty(ALIVE_BYPASS);
            System.setProperty(HOUSEKEEPING, Long.toString(plan.housekeepingMs()));
            System.setProperty(ALIVE_BYPASS, Long.toString(plan.aliveBypassMs()));
            try {
                dataSource = new HikariDataSource(hc);
            } finally {
                restore(HOUSEKEEPING, housekeeping);
                restore(ALIVE_BYPASS, bypass);
            }
        }
        // The pool's runtime setters skip the start-up minimums, so compressed values apply exactly.
        if (plan.idleTimeout() != 0) {
            dataSource.setIdleTimeout(plan.idleTimeout());
        }
        dataSource.setMaxLifetime(plan.maxLifetime());
        if (dataSource.getKeepaliveTime() != 0) {
            dataSource.setKeepaliveTime(plan.keepaliveTime());
        }
        dataSource.setLeakDetectionThreshold(plan.leakDetectionThreshold());
        mxBean = dataSource.getHikariPoolMXBean();
        if (plan.speed() != 1 && (effective.maxLifetime() != 0 || effective.keepaliveTime() != 0)) {
            // Connections opened so far carry unscaled lifetimes: replace them with ones that carry the scaled values.
            mxBean.softEvictConnections();
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public String poolName() {
        return name;
    }

    @Override
    public int total() {
        return closed ? frozenTotal : mxBean.getTotalConnections();
    }

    @Override
    public int active() {
        return closed ? 0 : mxBean.getActiveConnections();
    }

    @Override
    public int idle() {
        return closed ? frozenIdle : mxBean.getIdleConnections();
    }

    @Override
    public int pending() {
        return closed ? 0 : mxBean.getThreadsAwaitingConnection();
    }

    @Override
    public int max() {
        return max;
    }

    @Override
    public int min() {
        return min;
    }

    @Override
    public long timeoutsTotal() {
        return timeouts.get();
    }

    @Override
    public long servedTotal() {
        return served.get();
    }

    @Override
    public TimerSnapshot acquireTimer() {
        TimerSnapshot frozen = frozenAcquire;
        return frozen != null ? frozen : acquire.snapshot(clock.now());
    }

    @Override
    public TimerSnapshot usageTimer() {
        TimerSnapshot frozen = frozenUsage;
        return frozen != null ? frozen : usage.snapshot(clock.now());
    }

    @Override
    public void close() {
        if (!closed) {
            frozenTotal = mxBean.getTotalConnections();
            frozenIdle = mxBean.getIdleConnections();
            frozenAcquire = acquire.snapshot(clock.now());
            frozenUsage = usage.snapshot(clock.now());
            closed = true;
            dataSource.close();
            try {
                // HikariCP awaits its executors; their threads end a moment later. Leave nothing behind.
                threads.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
