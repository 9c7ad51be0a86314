package dev.lifeguard.poolsim.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VirtualSimulatorTest {

    static VirtualDatabase db(int maxConnections) {
        return new VirtualDatabase(
                maxConnections, 0, new long[0][], new long[0][], "FATAL: sorry, too many clients already");
    }

    static VirtualSimulator run(Object config, RequestStream stream, long durationNs) {
        VirtualSimulator sim =
                new VirtualSimulator((PoolConfig) config, 1, db(10_000), stream, durationNs, 1, 42, Instant.EPOCH);
        sim.run(() -> false, p -> {});
        return sim;
    }

    @Test
    void sameSeed_givesIdenticalCountsAndSeries() {
        HikariPoolConfig cfg = HikariPoolConfig.defaults(10);
        VirtualSimulator a = run(cfg, new PoissonStream(480, 0.02, 20_000, 7), 42_000_000_000L);
        VirtualSimulator b = run(cfg, new PoissonStream(480, 0.02, 20_000, 7), 42_000_000_000L);
        assertThat(a.recorder.timeouts).isEqualTo(b.recorder.timeouts);
        assertThat(a.recorder.acquireNs).isEqualTo(b.recorder.acquireNs);
        assertThat(a.recorder.samples).isEqualTo(b.recorder.samples);
        assertThat(a.recorder.requests).isEqualTo(20_000);
    }

    @Test
    void sqlAlchemy_thirtyFiveAtOnce_againstTwentyPlusTen_timesOutExactlyFive() {
        SqlAlchemyPoolConfig cfg = SqlAlchemyPoolConfig.of(20, 10, 30.0);
        VirtualSimulator sim = run(cfg, new BurstStream(35, 60_000_000_000L), 60_000_000_000L);
        assertThat(sim.recorder.timeouts).isEqualTo(5);
        assertThat(sim.recorder.served).isEqualTo(30);
        assertThat(sim.recorder.timeoutMessages)
                .containsExactly("QueuePool limit of size 20 overflow 10 reached,"
                        + " connection timed out, timeout 30.00 (Background on this error at:"
                        + " https://sqlalche.me/e/14/3o7r)");
        assertThat(sim.recorder.firstTimeoutNs).isEqualTo(30_000_000_000L);
    }
}
