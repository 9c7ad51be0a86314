package dev.lifeguard.poolsim.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import org.junit.jupiter.api.Test;

class HikariModelTest {

    private static SimulationResult run(String duration, String pool, String database, String load, String request) {
        return new VirtualEngine()
                .run(VirtualEngineTest.scenario(duration, pool, database, load, request), RunControl.defaults());
    }

    @Test
    void adder_growsOneConnectionPerConnectLatencyPlusThirtyMilliseconds() {
        // minimumIdle 0: nothing pre-filled; 4 requests at once; connects take 5 ms, then the adder pauses 30 ms
        SimulationResult r = run(
                "10s",
                "{\"kind\":\"hikari\",\"maximumPoolSize\":4,\"minimumIdle\":0}",
                "{\"connectLatency\":\"5ms\"}",
                "{\"type\":\"burst\",\"count\":4,\"at\":\"0ms\"}",
                "{\"hold\":{\"dist\":\"constant\",\"value\":\"5s\"}}");
        assertThat(r.served()).isEqualTo(4);
        // waits: 5, 40, 75, 110 ms
        assertThat(r.acquireMs().max()).isBetween(109.0, 111.0);
        assertThat(r.acquireMs().p50()).isBetween(39.9, 40.1);
    }

    @Test
    void idleTimeout_housekeeperShrinksThePoolBackToMinimumIdle() {
        SimulationResult r = run(
                "2m",
                "{\"kind\":\"hikari\",\"maximumPoolSize\":10,\"minimumIdle\":2," + "\"idleTimeout\":10000}",
                "{}",
                "{\"type\":\"burst\",\"count\":10,\"at\":\"0ms\"}",
                "{\"hold\":{\"dist\":\"constant\",\"value\":\"1s\"}}");
        var samples = r.series().samples();
        assertThat(samples.get(5).total()).isEqualTo(10);
        // idle from 1 s, past idleTimeout at 11 s; the housekeeper (every 30 s from 0.1 s) retires them at 30.1 s
        assertThat(samples.get(29).total()).isEqualTo(10);
        assertThat(samples.get(31).total()).isEqualTo(2);
    }

    @Test
    void leakDetection_logsHikarisWarningAndNeverReclaims() {
        SimulationResult r = run(
                "20s",
                "{\"kind\":\"hikari\",\"maximumPoolSize\":2,\"connectionTimeout\":1000,"
                        + "\"validationTimeout\":500,\"leakDetectionThreshold\":2000}",
                "{}",
                "{\"type\":\"burst\",\"count\":2,\"at\":\"0ms\"}",
                "{\"hold\":{\"dist\":\"constant\",\"value\":\"10ms\"},\"leakProbability\":1.0}");
        assertThat(r.leaked()).isEqualTo(2);
        assertThat(r.leakMessages())
                .hasSize(2)
                .allSatisfy(m -> assertThat(m)
                        .startsWith("Connection leak detection triggered for ")
                        .endsWith(", stack trace follows"));
        assertThat(r.series().samples().get(15).active()).isEqualTo(2);
    }

    @Test
    void validation_restartKillsIdleConnections_borrowAfter500msIdleReplacesThem() {
        // idle connections die in the restart at 5 s; the next borrow (idle > 500 ms) validates, closes and refills
        SimulationResult r = run(
                "20s",
                "{\"kind\":\"hikari\",\"maximumPoolSize\":3,\"connectionTimeout\":5000,"
                        + "\"validationTimeout\":1000}",
                "{\"connectLatency\":\"5ms\",\"events\":[{\"type\":\"restart\",\"at\":\"5s\",\"duration\":\"1s\"}]}",
                "{\"type\":\"burst\",\"count\":1,\"at\":\"10s\"}",
                "{\"hold\":{\"dist\":\"constant\",\"value\":\"10ms\"}}");
        assertThat(r.served()).isEqualTo(1);
        assertThat(r.errors()).isEmpty();
        assertThat(r.acquireMs().max()).isBetween(4.9, 5.1); // waited for one fresh connect
        assertThat(r.database().broken()).isEqualTo(3);
    }
}
