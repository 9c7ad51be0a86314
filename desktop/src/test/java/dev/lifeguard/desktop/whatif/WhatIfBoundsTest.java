package dev.lifeguard.desktop.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.desktop.workbench.engine.EngineChoice;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console runs with the default budget and shows the command line's refusal, word for word. */
class WhatIfBoundsTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private WhatIfViewModel lab;
    private final MessageCenter messages = new MessageCenter();

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("bounds.db"));
        Incident incident = Incident.builder("INC-B1", "Flood", Severity.SEV2)
                .pool(HikariPoolConfig.defaults(4))
                .build();
        WorkspaceViewModel workspace =
                new WorkspaceViewModel(store.create(incident), store, new InlineTaskExecutor(), messages);
        lab = new WhatIfViewModel(workspace, store, new InlineTaskExecutor(), messages, new EngineChoice());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void run_scenarioOverTheBudget_showsTheRefusalAndAddsNoRun() throws Exception {
        Path file = dir.resolve("flood.json");
        Files.writeString(file, """
                {"format": "lifeguard.scenario/1", "name": "flood",
                 "pool": {"kind": "hikari", "maximumPoolSize": 10},
                 "load": {"phases": [{"type": "constant", "rate": 1e308, "duration": "24h"}]},
                 "request": {"hold": {"dist": "constant", "value": "5ms"}}}
                """);
        lab.open(file);
        lab.engineProperty().set("virtual");

        lab.run();

        UserMessage shown = messages.latestProperty().get();
        assertThat(shown.title()).isEqualTo("Simulating flood: invalid value");
        assertThat(shown.text())
                .startsWith("load.phases[0].rate: 1.00e+308/s × 24h ≈")
                .endsWith("over the budget of 500,000,000 events; raise it with --max-events");
        assertThat(lab.runs()).isEmpty();
        assertThat(lab.runningProperty().get()).isFalse();
    }
}
