package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --dry-run --explain} prints every line's destination and saves nothing; a repeated id exits 2. */
class ImportExplainTest {

    @TempDir
    Path dir;

    @Test
    void dryRunExplain_registerTable_printsEachRowsIncidentAndSavesNothing() throws Exception {
        Path doc = Files.writeString(dir.resolve("register.md"), """
                # Queue incidents

                | Incident | Start | End | Priority | Summary |
                |---|---|---|---|---|
                | Q-1 | 2025-05-01 08:00 UTC | 2025-05-01 09:00 UTC | P2 | Consumers starved of connections |
                | Q-2 | 2025-05-09 22:30 UTC | 23:10 UTC | Minor | Dead letters piled up |
                """);
        String db = dir.resolve("x.db").toString();

        CliRun run = CliRun.of("import", doc.toString(), "--dry-run", "--explain", "--db", db);

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).containsPattern("\\s5\\s+Q-1 register row: id, started, resolved, severity, summary");
        assertThat(run.out()).containsPattern("\\s6\\s+Q-2 register row");
        assertThat(run.out()).containsPattern("\\s1\\s+\\S+ heading\\s+# Queue incidents");
        assertThat(run.out()).contains("Q-1 (dry run: not saved)", "Q-2 (dry run: not saved)");
        assertThat(CliRun.of("list", "--db", db).out()).contains("no incidents");
    }

    @Test
    void repeatedIdInOneFile_exits2NamingBothLinesAndSavesNothing() throws Exception {
        Path doc = Files.writeString(
                dir.resolve("log.md"),
                "**Incident ID:** Z-9\n**Title:** First\n\n---\n\n**Incident ID:** Z-9\n**Title:** Second\n");
        String db = dir.resolve("y.db").toString();

        CliRun run = CliRun.of("import", doc.toString(), "--db", db);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Z-9", "line 1", "line 6");
        assertThat(CliRun.of("list", "--db", db).out()).contains("no incidents");
    }
}
