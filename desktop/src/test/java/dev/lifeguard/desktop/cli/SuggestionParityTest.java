package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.postmortem.PostmortemViewModel;
import dev.lifeguard.desktop.postmortem.SizingCheck;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Fleet;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.poolsim.demo.SimulatedDemo;
import dev.lifeguard.postmortem.rules.Suggestion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pool-sizing suggestion the rules make for the demo library, through {@code lifeguard suggest ID --accept}
 * and through the postmortem tab's suggestions (verified in the background, then accepted and saved), each on its
 * own SQLite copy of the demo: the verdict, the simulated before/after figures and the stored incident must be the
 * same.
 */
class SuggestionParityTest {

    private static final Workbench WORKBENCH =
            new Workbench(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC));

    /** The demo as {@code lifeguard demo} stores it (its pool metrics simulated). */
    private static final List<Incident> DEMO = SimulatedDemo.incidents(id -> true);

    @TempDir
    Path dir;

    /** A demo incident and one of its sizing suggestions. */
    record Case(String incident, String suggestion) {
        @Override
        public String toString() {
            return incident + " " + suggestion;
        }
    }

    static Stream<Case> sizingSuggestions() {
        return DEMO.stream()
                .flatMap(i -> WORKBENCH.suggestions().suggest(i, false).stream()
                        .filter(s -> s.proposedPool() != null)
                        .map(s -> new Case(i.id(), s.id())));
    }

    @Test
    void demoLibrary_hasBothKindsOfSizingSuggestion() {
        assertThat(sizingSuggestions().map(Case::suggestion).distinct())
                .containsExactlyInAnyOrder("undersized-pool", "fleet-cap");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizingSuggestions")
    void sizingSuggestion_verifiedAndAccepted_sameVerdictFiguresAndStoredIncident(Case c) throws Exception {
        Path viaCli = demo("cli.db");
        // One demo load copied, not two: each load cites its hazard controls' runs under fresh run ids.
        Path viaConsole = Files.copy(viaCli, dir.resolve("console.db"));

        Suggestion console = suggestAndAccept(c, viaCli, viaConsole);

        assertThat(console.verified()).isTrue();
        assertThat(stored(viaCli, c.incident()).actionItems())
                .hasSize(demoIncident(c.incident()).actionItems().size() + 1);
    }

    @Test
    void fleetTooLargeToSimulate_notVerifiedForTheSameReasonByBoth_andAcceptedAlike() throws Exception {
        Incident demoFleet =
                DEMO.stream().filter(i -> i.fleet() != null).findFirst().orElseThrow();
        Fleet fleet = demoFleet.fleet();
        Incident large = demoFleet.toBuilder()
                .id("INC-PARITY-LARGE-FLEET")
                .demo(false)
                .fleet(new Fleet(80, fleet.maxConnections(), fleet.reservedConnections()))
                .build();
        Path viaCli = dir.resolve("cli.db");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(viaCli)) {
            store.create(large);
        }
        Path viaConsole = Files.copy(viaCli, dir.resolve("console.db"));

        Suggestion console = suggestAndAccept(new Case(large.id(), "fleet-cap"), viaCli, viaConsole);

        assertThat(console.verified()).isFalse();
        assertThat(console.notVerifiedBecause()).contains("80 instances").contains("at most 64");
    }

    /**
     * Suggestion {@code c} through the command line (on {@code viaCli}) and the console (on {@code viaConsole}),
     * accepted by both; asserts the same verdict and stored incident, and returns the console's suggestion.
     */
    private Suggestion suggestAndAccept(Case c, Path viaCli, Path viaConsole) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeguardCommand.run(
                WORKBENCH,
                new PrintWriter(out),
                new PrintWriter(err),
                "suggest",
                c.incident(),
                "--accept",
                c.suggestion(),
                "--db",
                viaCli.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        int at = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith(c.suggestion() + "  ["))
                .findFirst()
                .orElseThrow());

        Suggestion console;
        try (SqliteIncidentStore store = SqliteIncidentStore.open(viaConsole)) {
            InlineTaskExecutor executor = new InlineTaskExecutor();
            WorkspaceViewModel workspace =
                    new WorkspaceViewModel(store.get(c.incident()).orElseThrow(), store, executor, new MessageCenter());
            PostmortemViewModel postmortem = new PostmortemViewModel(
                    workspace,
                    executor,
                    new MessageCenter(),
                    dir.resolve("exports"),
                    WORKBENCH.exporter(),
                    WORKBENCH.suggestions());
            postmortem.suggestions().refreshSuggestions();
            SizingCheck check = postmortem.suggestions().sizingCheckProperty().get();
            console = postmortem.suggestions().suggestions().stream()
                    .filter(s -> s.id().equals(c.suggestion()))
                    .findFirst()
                    .orElseThrow();
            // The console's verdict is the command line's: verified, with the same figures, or not, for the same
            // reason.
            assertThat(lines.get(at)).endsWith("] " + console.title());
            if (console.verified()) {
                assertThat(check.state()).as(check.text()).isEqualTo(SizingCheck.State.VERIFIED);
                assertThat(lines.get(at + 2))
                        .isEqualTo("    verified by simulation ("
                                + console.verification().reference() + ")");
                assertThat(lines.get(at + 3))
                        .isEqualTo(
                                "    before: " + console.verification().before().describe());
                assertThat(lines.get(at + 4))
                        .isEqualTo(
                                "    after:  " + console.verification().after().describe());
            } else {
                assertThat(check.state()).as(check.text()).isEqualTo(SizingCheck.State.FAILED);
                assertThat(lines.get(at + 2)).isEqualTo("    not verified: " + console.notVerifiedBecause());
                assertThat(check.text()).contains(console.notVerifiedBecause());
            }
            postmortem.suggestions().accept(c.suggestion(), null);
            workspace.saveIfDirty();
        }

        Incident fromCli = stored(viaCli, c.incident());
        assertThat(fromCli.actionItems())
                .filteredOn(item -> item.title().equals(console.title()))
                .hasSize(1);
        assertThat(stored(viaConsole, c.incident())).isEqualTo(fromCli);
        return console;
    }

    private Path demo(String name) {
        Path db = dir.resolve(name);
        assertThat(LifeguardCommand.run(
                        WORKBENCH,
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        "demo",
                        "--db",
                        db.toString()))
                .isZero();
        return db;
    }

    private static Incident demoIncident(String id) {
        return DEMO.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static Incident stored(Path db, String id) {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(db)) {
            return store.get(id).orElseThrow().incident();
        }
    }
}
