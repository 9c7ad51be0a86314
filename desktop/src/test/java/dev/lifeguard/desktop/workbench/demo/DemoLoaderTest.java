package dev.lifeguard.desktop.workbench.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.AttachedRun;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.poolsim.demo.SimulatedDemo;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the demo library into a real SQLite store: runs cited, nothing loaded twice, removed in one action. */
class DemoLoaderTest {

    private final DemoLoader loader = new DemoLoader(VirtualEngine::new);

    @Test
    void loadInto_slowQueryHazard_loadTestCitesAKeptRunWithNoTimeouts(@TempDir Path dir) throws Exception {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("demo.db"))) {
            loader.loadInto(store);

            List<AttachedRun> runs = store.runs("INC-20260604-SLOW");
            assertThat(runs).hasSize(1);
            HazardControl loadTest = store
                    .get("INC-20260604-SLOW")
                    .orElseThrow()
                    .incident()
                    .hazards()
                    .get(0)
                    .controlsOf(ControlType.TESTING)
                    .stream()
                    .filter(c -> c.evidence() != null)
                    .findFirst()
                    .orElseThrow();
            assertThat(loadTest.evidence().reference()).isEqualTo(runs.get(0).id());
            SimulationResult run =
                    Documents.read(runs.get(0).document(), "run", Formats.RESULT, SimulationResult.class);
            assertThat(run.timeouts()).isZero();
            assertThat(run.requests()).isGreaterThan(200_000);
            assertThat(loadTest.evidence().summary())
                    .contains(SimulatedDemo.figures(run))
                    .contains(" 0 timeouts");
            // Loading again adds nothing: no second run.
            assertThat(loader.loadInto(store)).isEmpty();
            assertThat(store.runs("INC-20260604-SLOW")).hasSize(1);
        }
    }

    @Test
    void loadIntoEmpty_onlyOnAFirstStart_andRemoveKeepsTheUsersOwn(@TempDir Path dir) {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("first.db"))) {
            List<String> loaded = loader.loadIntoEmpty(store);
            assertThat(loaded).containsExactly("INC-20260312-LEAK", "INC-20260604-SLOW", "INC-20260930-FLEET");
            store.create(DemoLibrary.incidents().get(0).toBuilder()
                    .id("INC-MINE")
                    .demo(false)
                    .build());
            store.delete("INC-20260312-LEAK");
            // Not empty any more: a later start adds nothing, even with a demo incident gone.
            assertThat(loader.loadIntoEmpty(store)).isEmpty();

            assertThat(loader.remove(store)).isEqualTo(2);
            assertThat(store.list()).extracting(s -> s.id()).containsExactly("INC-MINE");
        }
    }
}
