package dev.lifeguard.poolsim.real;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.RunControl;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Waits, bounded and with progress, until each pool of a run holds its minimumIdle connections, so time 0 finds
 * warmed pools. HikariCP adds connections one at a time, 30 ms apart, so a large pool takes a while: the wait is
 * reported (share 0, "filling pools: n of m") and can be cancelled. The number of real connections is bounded
 * before the run starts ({@code RunBounds.MAX_REAL_CONNECTIONS}).
 */
final class PoolFill {

    /** Progress is reported at most this often. */
    private static final long REPORT_EVERY_NANOS = 200_000_000L;

    private PoolFill() {}

    /**
     * Waits until every pool is filled, at most 2 s plus 100 ms per connection of minimumIdle.
     *
     * @throws CancellationException when the run is cancelled while waiting
     */
    static void await(List<PoolInstance> pools, HikariPoolConfig hikari, RunControl control)
            throws InterruptedException {
        int target = hikari.minimumIdle() * pools.size();
        long bound = System.nanoTime() + 2_000_000_000L + hikari.minimumIdle() * 100_000_000L;
        long reported = System.nanoTime() - REPORT_EVERY_NANOS;
        for (PoolInstance pool : pools) {
            while (pool.total() < hikari.minimumIdle() && System.nanoTime() < bound && !control.cancelled()) {
                if (System.nanoTime() - reported >= REPORT_EVERY_NANOS) {
                    reported = System.nanoTime();
                    control.progress()
                            .progress(
                                    0,
                                    String.format(
                                            Locale.ROOT,
                                            "filling pools: %d of %d connections"
                                                    + " open (HikariCP adds one every 30 ms)",
                                            open(pools),
                                            target));
                }
                Thread.sleep(5);
            }
        }
        if (control.cancelled()) {
            throw new CancellationException("simulation cancelled while its pools were filling (" + open(pools) + " of "
                    + target + " connections open)");
        }
    }

    private static int open(List<PoolInstance> pools) {
        int open = 0;
        for (PoolInstance pool : pools) {
            open += pool.total();
        }
        return open;
    }
}
