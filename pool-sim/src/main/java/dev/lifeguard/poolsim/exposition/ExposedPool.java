package dev.lifeguard.poolsim.exposition;

import dev.lifeguard.incident.Checks;
import dev.lifeguard.poolsim.PoolGauges;
import dev.lifeguard.poolsim.TimerSnapshot;

/**
 * One pool's readings at one scrape.
 *
 * @param pool          the pool's name (the {@code pool} label)
 * @param total         open connections
 * @param active        connections lent out
 * @param idle          idle connections
 * @param pending       threads waiting
 * @param max           maximum pool size
 * @param min           minimum idle
 * @param timeoutsTotal acquire timeouts so far
 * @param acquiresTotal {@code getConnection} calls finished so far, timed-out ones included (as Micrometer's
 *                      acquire timer counts them)
 * @param acquire       the acquire timer (its count may lag {@code acquiresTotal} by calls finishing now)
 * @param usage         the usage timer
 */
public record ExposedPool(
        String pool,
        int total,
        int active,
        int idle,
        int pending,
        int max,
        int min,
        long timeoutsTotal,
        long acquiresTotal,
        TimerSnapshot acquire,
        TimerSnapshot usage) {

    public ExposedPool {
        Checks.notBlank(pool, "exposed pool 'pool'");
        if (total < 0
                || active < 0
                || idle < 0
                || pending < 0
                || max < 0
                || min < 0
                || timeoutsTotal < 0
                || acquiresTotal < 0) {
            throw new IllegalArgumentException("exposed pool '" + pool + "': readings must not be negative");
        }
        acquire = acquire == null ? TimerSnapshot.EMPTY : acquire;
        usage = usage == null ? TimerSnapshot.EMPTY : usage;
    }

    /** Readings of a pool whose timers observed nothing (or are not known). */
    public ExposedPool(
            String pool,
            int total,
            int active,
            int idle,
            int pending,
            int max,
            int min,
            long timeoutsTotal,
            long acquiresTotal) {
        this(
                pool,
                total,
                active,
                idle,
                pending,
                max,
                min,
                timeoutsTotal,
                acquiresTotal,
                TimerSnapshot.EMPTY,
                TimerSnapshot.EMPTY);
    }

    /** Reads {@code gauges} now. */
    public static ExposedPool of(PoolGauges gauges) {
        long timeouts = gauges.timeoutsTotal();
        return new ExposedPool(
                gauges.poolName(),
                gauges.total(),
                gauges.active(),
                gauges.idle(),
                gauges.pending(),
                gauges.max(),
                gauges.min(),
                timeouts,
                gauges.servedTotal() + timeouts,
                gauges.acquireTimer(),
                gauges.usageTimer());
    }
}
