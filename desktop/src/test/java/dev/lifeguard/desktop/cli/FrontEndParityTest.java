package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.library.LibraryViewModel;
import dev.lifeguard.desktop.whatif.WhatIfViewModel;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same operation through the command line (picocli on a temporary SQLite store) and through the console's view
 * model, on the same inputs and the same workbench: the stored incidents, and the engine chosen, must be equal.
 */
class FrontEndParityTest {

    private static final Workbench WORKBENCH =
            new Workbench(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    private int cli(String... args) {
        return LifeguardCommand.run(
                WORKBENCH, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(FrontEndParityTest.class.getResource("/import/" + name).toURI());
    }

    /** Every incident stored in the SQLite file {@code db}, by id. */
    static Map<String, Incident> stored(Path db) {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(db)) {
            Map<String, Incident> all = new TreeMap<>();
            for (IncidentSummary s : store.list()) {
                all.put(s.id(), store.get(s.id()).orElseThrow().incident());
            }
            return all;
        }
    }

    /** The incidents by title, each with one stand-in id (the rest of the incident compared as it is). */
    private static Map<String, Incident> byTitle(Map<String, Incident> incidents) {
        Map<String, Incident> all = new TreeMap<>();
        incidents
                .values()
                .forEach(
                        i -> all.put(i.title(), i.toBuilder().id("INC-COMPARED").build()));
        return all;
    }

    @Test
    void import_eachDocumentKind_storesTheSameIncidentsFromTheCliAndFromTheLibrary() throws Exception {
        Incident own = DemoLibrary.incidents().get(1).toBuilder()
                .id("INC-PARITY-1")
                .demo(false)
                .build();
        List<Path> files = List.of(
                fixture("bold-labels-utc.md"),
                fixture("incident-log.md"),
                Files.writeString(dir.resolve("own.json"), Documents.write(own, Formats.INCIDENT)));
        Path viaCli = dir.resolve("cli.db");
        Path viaConsole = dir.resolve("console.db");

        for (Path file : files) {
            assertThat(cli("import", file.toString(), "--db", viaCli.toString()))
                    .isZero();
        }
        try (SqliteIncidentStore store = SqliteIncidentStore.open(viaConsole)) {
            new LibraryViewModel(store, new InlineTaskExecutor(), new MessageCenter(), WORKBENCH).importFiles(files);
        }

        Map<String, Incident> fromCli = stored(viaCli);
        // a postmortem, the three entries of an incident log, and the JSON incident
        assertThat(fromCli).hasSize(5).containsKey("INC-PARITY-1").containsKey("INC-2024-031");
        // A document without an id gets a new random one on every import: compare it by everything else.
        assertThat(byTitle(stored(viaConsole))).isEqualTo(byTitle(fromCli));
        assertThat(stored(viaConsole).keySet())
                .filteredOn(id -> !id.startsWith("INC-20250303-"))
                .isEqualTo(fromCli.keySet().stream()
                        .filter(id -> !id.startsWith("INC-20250303-"))
                        .toList());
    }

    @Test
    void defaultEngine_eachBundledScenario_sameOnTheCliAndInTheWhatIfLab() throws Exception {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("lab.db"))) {
            MessageCenter messages = new MessageCenter();
            var stored = store.create(
                    Incident.builder("INC-LAB", "no recording", Severity.SEV3).build());
            WorkspaceViewModel workspace = new WorkspaceViewModel(stored, store, new InlineTaskExecutor(), messages);
            WhatIfViewModel lab =
                    new WhatIfViewModel(workspace, store, new InlineTaskExecutor(), messages, WORKBENCH.engines());
            for (String name : Scenarios.BUNDLED) {
                lab.useBundled(name);
                StringWriter out = new StringWriter();
                int code = LifeguardCommand.run(
                        WORKBENCH,
                        new PrintWriter(out),
                        new PrintWriter(new StringWriter()),
                        "simulate",
                        BundledScenarioFiles.write(dir, name).toString());
                assertThat(code).as(name).isZero();
                assertThat(out.toString())
                        .as(name)
                        .contains("engine " + lab.engineProperty().get());
            }
        }
    }
}
