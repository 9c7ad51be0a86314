package dev.lifeguard.poolsim.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationResultTest {

    static SimulationResult sample(Scenario scenario, long timeouts) {
        RunRecorder recorder = new RunRecorder();
        for (int i = 0; i < 35; i++) {
            recorder.started();
        }
        for (int i = 0; i < 35 - timeouts; i++) {
            recorder.acquired(1_000_000L * i);
            recorder.served(45_000_000_000L);
        }
        for (int i = 0; i < timeouts; i++) {
            recorder.timedOut(
                    30_000_000_000L + i,
                    30_000_000_000L + i,
                    "HikariPool-1 - Connection is not available, request timed out after 30001ms (total=30, active=30,"
                            + " idle=0, waiting=" + (timeouts - 1 - i) + ")");
        }
        PoolMetricSeries series = new PoolMetricSeries(
                "HikariPool-1",
                "simulation:real",
                List.of(
                        MetricSample.gauges(Instant.EPOCH, 20, 0, 20, 0, 30, 20, 0),
                        MetricSample.gauges(Instant.EPOCH.plusSeconds(1), 30, 30, 0, 5, 30, 20, 0)));
        return recorder.result(
                "real",
                scenario,
                6,
                series,
                List.of(),
                Utilization.of(series.samples()),
                List.of(),
                scenario.pool().effective(),
                new DatabaseStats(30, 0, 0, 0, 0, 30, 0),
                60_000,
                10_000);
    }

    @Test
    void recorder_exhaustionFigures_countsPercentilesAndSlo() {
        SimulationResult r = sample(Scenarios.bundled("exhaustion-test"), 5);

        assertThat(r.requests()).isEqualTo(35);
        assertThat(r.served()).isEqualTo(30);
        assertThat(r.timeouts()).isEqualTo(5);
        assertThat(r.firstTimeoutAtMs()).isEqualTo(30_000.0);
        assertThat(r.acquireMs().max()).isBetween(29_990.0, 30_030.0);
        assertThat(r.acquireMs().p50()).isBetween(10.0, 20.0);
        assertThat(r.timeoutMessages()).hasSize(5);
        // Two one-second samples (0 and 1.0): the run is shorter than the window, so max is their average.
        assertThat(r.utilization().max()).isEqualTo(0.5);
        assertThat(r.sloMet()).isFalse();
        assertThat(r.sloFailures()).extracting(SloFailure::clause).containsExactly("acquireP99", "maxTimeoutRate");
        assertThat(r.sloFailures().get(1).actual()).isEqualTo(5 / 35.0);
        assertThat(r.throughputPerSec()).isEqualTo(0.5);
    }

    @Test
    void write_thenRead_sameResult() throws DocumentException {
        SimulationResult r = sample(Scenarios.bundled("load-test"), 0);

        String json = Documents.write(r, Formats.RESULT);
        SimulationResult back = Documents.read(json, "r.json", Formats.RESULT, SimulationResult.class);

        assertThat(json)
                .contains("\"format\" : \"lifeguard.result/1\"")
                .contains("\"acquireMs\"")
                .contains("\"sloMet\" : true")
                .contains("\"mappingNotes\"")
                .contains("\"effectivePool\"")
                .contains("\"library\" : \"SQLAlchemy 1.4 QueuePool\"")
                .contains("\"pool_size\" : 20");
        assertThat(back).isEqualTo(r);
    }

    @Test
    void read_resultKeptBeforeEffectivePool_getsTheScenarioPoolsCompletion() throws Exception {
        SimulationResult r = sample(Scenarios.bundled("exhaustion-test"), 5);
        ObjectNode json = (ObjectNode) LifeguardJson.mapper().readTree(Documents.write(r, Formats.RESULT));
        json.remove("effectivePool");

        SimulationResult old = Documents.read(json.toString(), "old.json", Formats.RESULT, SimulationResult.class);

        assertThat(old.effectivePool()).isEqualTo(r.scenario().pool().effective());
        assertThat(old.effectivePool().hikari().minimumIdle()).isEqualTo(20);
    }

    @Test
    void constructor_sloMetContradictsFailures_rejected() {
        SimulationResult r = sample(Scenarios.bundled("exhaustion-test"), 5);

        assertThatThrownBy(() -> new SimulationResult(
                        r.engine(),
                        r.scenario(),
                        r.speed(),
                        r.requests(),
                        r.served(),
                        r.timeouts(),
                        r.errors(),
                        r.leaked(),
                        r.acquireMs(),
                        r.usageMs(),
                        r.utilization(),
                        r.throughputPerSec(),
                        r.firstTimeoutAtMs(),
                        r.timeoutMessages(),
                        r.leakMessages(),
                        true,
                        r.sloFailures(),
                        r.series(),
                        r.instanceSeries(),
                        r.distortions(),
                        r.mappingNotes(),
                        r.effectivePool(),
                        r.database(),
                        r.simulatedMs(),
                        r.wallMs()))
                .hasMessageContaining("'sloMet' is true but 2 SLO clause(s) failed");
    }
}
