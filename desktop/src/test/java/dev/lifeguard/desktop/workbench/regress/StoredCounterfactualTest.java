package dev.lifeguard.desktop.workbench.regress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lifeguard.desktop.workbench.counterfactual.Counterfactual;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.poolsim.ProgressListener;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.demo.SimulatedDemo;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incidents whose metrics carry no request rate but which keep a counterfactual run (a What-if replay of the recorded
 * load, attached in a real SQLite store) are replayed from that run: its scenario with the proposed pool, its first
 * timeout as the recorded one. Kept runs of other loads, and unreadable ones, do not count as a recorded load.
 */
class StoredCounterfactualTest {

    @TempDir
    static Path dir;

    private static Incident recorded;
    private static SimulationResult counterfactualRun;

    @BeforeAll
    static void keepACounterfactual() {
        Incident slow = SimulatedDemo.incidents().stream()
                .filter(i -> i.id().equals("INC-20260604-SLOW"))
                .findFirst()
                .orElseThrow();
        Counterfactual replay = Counterfactual.fromIncident(slow).orElseThrow();
        counterfactualRun = new VirtualEngine().run(replay.scenario(), RunControl.defaults());
        // The same incident as an import without series would leave it: only the kept run records its load.
        recorded = slow.toBuilder()
                .id("INC-RUN-ONLY")
                .title("Checkout stalls while a report query holds connections")
                .metrics(List.of())
                .build();
    }

    private static RegressionReport regress(SqliteIncidentStore store, PoolConfig pool) {
        RegressionSuite suite = new RegressionSuite();
        return suite.runCases(suite.cases(store), pool, null, 2, ProgressListener.NONE, () -> false);
    }

    @Test
    void incidentWithOnlyACounterfactual_isReplayedFromIt() throws Exception {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("run-only.db"))) {
            store.create(recorded);
            String runId = store.attachRun(
                    recorded.id(), "Counterfactual (virtual)", Documents.write(counterfactualRun, Formats.RESULT));

            RegressionReport own = regress(store, recorded.pool());
            assertThat(own.skipped()).isEmpty();
            ReplayOutcome again = own.replays().get(0);
            assertThat(again.recordedLoad()).isEqualTo("stored run " + runId);
            // Same scenario, same seed, same pool: the replay times out exactly when the kept run did.
            assertThat(again.recordedTimeoutMs()).isEqualTo(counterfactualRun.firstTimeoutAtMs());
            assertThat(again.firstTimeoutMs()).isCloseTo(1_448_345.9, within(1.0));
            assertThat(again.timeouts()).isEqualTo(counterfactualRun.timeouts());
            assertThat(own.anyExhausts()).isTrue();

            RegressionReport sized = regress(store, HikariPoolConfig.defaults(40));
            assertThat(sized.anyExhausts()).isFalse();
            assertThat(sized.replays().get(0).peakUtilization()).isCloseTo(0.766, within(0.001));
        }
    }

    @Test
    void keptRunsOfOtherLoads_orUnreadable_areNoRecordedLoad() throws Exception {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("other-runs.db"))) {
            store.create(recorded);
            SimulationResult bundled =
                    new VirtualEngine().run(Scenarios.bundled("exhaustion-test"), RunControl.defaults());
            store.attachRun(recorded.id(), "exhaustion test", Documents.write(bundled, Formats.RESULT));
            String broken = store.attachRun(recorded.id(), "broken", "{\"format\": \"lifeguard.result/1\", \"engine\"");

            RegressionReport report = regress(store, HikariPoolConfig.defaults(40));
            assertThat(report.replays()).isEmpty();
            assertThat(report.skipped()).hasSize(1);
            assertThat(report.skipped().get(0).reason())
                    .contains("stored run " + broken + " cannot be read")
                    .contains("no stored counterfactual");
        }
    }
}
