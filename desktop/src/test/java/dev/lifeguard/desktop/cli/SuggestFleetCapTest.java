package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.postmortem.PostmortemViewModel;
import dev.lifeguard.desktop.postmortem.SizingCheck;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.postmortem.rules.Suggestion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet demo's "cap each instance's pool at 6" is verified by simulating the fleet against
 * max_connections, and `lifeguard suggest` and the console's postmortem tab give the same figures.
 */
class SuggestFleetCapTest {

    private static final Workbench WORKBENCH = new Workbench(Clock.systemDefaultZone());

    static final String FLEET = "INC-20260930-FLEET";

    @TempDir
    Path dir;

    @Test
    void fleetDemo_capVerifiedAgainstMaxConnections_sameAnswerOnTheCommandLineAndInTheConsole() {
        Path db = dir.resolve("demo.db");
        assertThat(CliRun.of("demo", "--db", db.toString()).exitCode()).isZero();

        CliRun cli = CliRun.of("suggest", FLEET, "--db", db.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        int at = lines.indexOf(lines.stream()
                .filter(l ->
                        l.startsWith("fleet-cap  [prevent] Cap each instance's pool" + " at 6 (maximumPoolSize=6)"))
                .findFirst()
                .orElseThrow());
        assertThat(lines.get(at + 1))
                .contains("14 instances × 12 connections = 168 > 97 usable")
                .contains("capped: 14 × 6 = 84 ≤ 97 usable");
        assertThat(lines.get(at + 2))
                .startsWith("    verified by simulation (simulation:virtual seed=42 rate=")
                .contains("/s per instance × 14 instances against 97 connections for 10m)");
        String before = lines.get(at + 3).replaceFirst("^    before: ", "");
        String after = lines.get(at + 4).replaceFirst("^    after:  ", "");
        // Pools of 12 overrun the 97 usable connections; capped at 6 the database refuses none.
        assertThat(before).matches(".* [1-9]\\d* connects refused by the database");
        assertThat(after).doesNotContain("refused");
        assertThat(cli.out()).doesNotContain("not verified");

        try (SqliteIncidentStore store = SqliteIncidentStore.open(db)) {
            InlineTaskExecutor executor = new InlineTaskExecutor();
            WorkspaceViewModel workspace =
                    new WorkspaceViewModel(store.get(FLEET).orElseThrow(), store, executor, new MessageCenter());
            PostmortemViewModel console = new PostmortemViewModel(
                    workspace,
                    executor,
                    new MessageCenter(),
                    dir.resolve("exports"),
                    WORKBENCH.exporter(),
                    WORKBENCH.suggestions());
            console.suggestions().refreshSuggestions();

            SizingCheck check = console.suggestions().sizingCheckProperty().get();
            assertThat(check.state()).as(check.text()).isEqualTo(SizingCheck.State.VERIFIED);
            assertThat(check.text())
                    .contains("Before (12 connections per instance): " + before)
                    .contains("After (6 connections per instance): " + after);
            Suggestion cap = console.suggestions().suggestions().stream()
                    .filter(s -> s.id().equals("fleet-cap"))
                    .findFirst()
                    .orElseThrow();
            assertThat(cap.verified()).isTrue();
            assertThat(cap.verification().after().refusedConnects()).isZero();
        }
    }
}
