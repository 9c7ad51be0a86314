package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.library.preview.ImportPreviewViewModel;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --dry-run --explain} and the console's import preview show the same line-by-line mapping. */
class PreviewExplainParityTest {

    @TempDir
    Path dir;

    @Test
    void registerTableAndLabelBlockLog_cliExplainEqualsPreviewLines() throws Exception {
        Path register = Path.of(PreviewExplainParityTest.class
                .getResource("/import/register-with-follow-up.md")
                .toURI());
        Path log = Path.of(PreviewExplainParityTest.class
                .getResource("/import/incident-log.md")
                .toURI());
        for (Path doc : List.of(register, log)) {
            CliRun run = CliRun.of(
                    "import",
                    doc.toString(),
                    "--dry-run",
                    "--explain",
                    "--db",
                    dir.resolve("cli.db").toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
            List<String> printed = Arrays.stream(run.out().split("\n"))
                    .filter(l -> l.matches("\\s*\\d+\\s{2}.*"))
                    .toList();

            List<String> shown;
            try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("console.db"))) {
                ImportPreviewViewModel preview = new ImportPreviewViewModel(
                        doc,
                        new Workbench(Clock.systemUTC()).imports(),
                        store,
                        new InlineTaskExecutor(),
                        new MessageCenter());
                preview.load();
                shown = preview.explain();
            }

            assertThat(shown).as(doc.toString()).isNotEmpty();
            assertThat(printed).as(doc.toString()).containsExactlyElementsOf(shown);
            assertThat(Files.readAllLines(doc).stream()
                            .filter(l -> !l.isBlank())
                            .count())
                    .isEqualTo(shown.size());
        }
    }
}
