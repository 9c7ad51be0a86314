package dev.lifeguard.poolsim.real;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.poolsim.PoolGauges;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.RunListener;
import dev.lifeguard.poolsim.TimerSnapshot;
import dev.lifeguard.poolsim.exposition.ExposedPool;
import dev.lifeguard.poolsim.exposition.PrometheusText;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The acquire and usage timers a real run exposes agree with the run's own result. */
class PoolTimersTest {

    private static final String HELD_40MS = """
            {"format": "lifeguard.scenario/1", "name": "timers", "seed": 4, "duration": "2s",
             "pool": {"kind": "hikari", "maximumPoolSize": 2, "minimumIdle": 2, "connectionTimeout": 300,
                      "validationTimeout": 250},
             "load": {"phases": [{"type": "constant", "rate": 80, "duration": "2s", "arrivals": "uniform"}]},
             "request": {"hold": {"dist": "constant", "value": "40ms"}}}
            """;

    @Test
    void realRun_timersCountEveryAcquireAndTimeTheHolds() throws Exception {
        List<PoolGauges> pools = new CopyOnWriteArrayList<>();
        RunControl control = RunControl.defaults().speed(1.0).listener(new RunListener() {
            @Override
            public void poolOpened(PoolGauges gauges) {
                pools.add(gauges);
            }
        });

        SimulationResult result = new RealEngine().run(Scenarios.read(HELD_40MS, "timers.json"), control);

        assertThat(pools).hasSize(1);
        TimerSnapshot acquire = pools.get(0).acquireTimer();
        TimerSnapshot usage = pools.get(0).usageTimer();
        // 80/s against 2 connections held 40 ms each (capacity 50/s): a queue, and timeouts after 300 ms.
        assertThat(result.timeouts()).isPositive();
        assertThat(acquire.count()).isEqualTo(result.served() + result.timeouts());
        assertThat(usage.count()).isEqualTo(result.served());
        assertThat(usage.p50Seconds()).isBetween(0.040, 0.060);
        assertThat(acquire.maxSeconds())
                .as("a timed-out wait is recorded as the time it waited")
                .isGreaterThanOrEqualTo(0.300);
        assertThat(acquire.p99Seconds()).isGreaterThan(acquire.p50Seconds());

        String text = PrometheusText.format(List.of(ExposedPool.of(pools.get(0))));
        assertThat(text)
                .contains(
                        "hikaricp_connections_acquire_seconds_count{pool=\"HikariPool-1\"} " + (double) acquire.count(),
                        "hikaricp_connections_usage_seconds{pool=\"HikariPool-1\",quantile=\"0.99\"} ");
    }
}
