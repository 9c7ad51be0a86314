package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}: SQLite's online backup of a store that is open elsewhere, checked before it lands. */
class BackupCommandTest {

    @TempDir
    Path dir;

    @Test
    void backupOfAnOpenStoreHoldsEveryIncidentUnchanged() {
        String src = dir.resolve("live.db").toString();
        assertThat(CliRun.of("demo", "--db", src).exitCode()).isZero();
        Path copy = dir.resolve("backups/copy.db");

        // A console keeps the store open (WAL mode, a pool of connections) while the backup runs.
        try (SqliteIncidentStore open = SqliteIncidentStore.open(Path.of(src))) {
            assertThat(open.list()).hasSize(3);
            CliRun backup = CliRun.of("backup", "--db", src, "--to", copy.toString());
            assertThat(backup.exitCode()).as(backup.err()).isZero();
            assertThat(backup.out()).contains("backed up 3 incident(s)", "integrity checked");
        }

        assertThat(copy).isRegularFile();
        assertThat(dir.resolve("backups/copy.db.partial")).doesNotExist();
        for (String id : new String[] {"INC-20260312-LEAK", "INC-20260604-SLOW", "INC-20260930-FLEET"}) {
            String original = CliRun.of("show", id, "--json", "--db", src).out();
            assertThat(CliRun.of("show", id, "--json", "--db", copy.toString()).out())
                    .isNotBlank()
                    .isEqualTo(original);
        }
    }

    @Test
    void anExistingTargetIsKeptUnlessForced() throws Exception {
        String src = dir.resolve("a.db").toString();
        CliRun.of("demo", "--db", src);
        Path target = Files.writeString(dir.resolve("precious.db"), "not a database");

        CliRun refused = CliRun.of("backup", "--db", src, "--to", target.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).contains("precious.db exists", "--force");
        assertThat(Files.readString(target)).isEqualTo("not a database");

        CliRun forced = CliRun.of("backup", "--db", src, "--to", target.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(CliRun.of("list", "--db", target.toString()).out()).contains("INC-20260604-SLOW");
    }

    @Test
    void aMissingStoreIsNamedAndNothingIsCreated() {
        Path missing = dir.resolve("nowhere/typo.db");
        Path target = dir.resolve("out.db");

        CliRun run = CliRun.of("backup", "--db", missing.toString(), "--to", target.toString());

        // bad input, as every read-only command on a missing store (it was 3, a failure of the tool, before)
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no store at", "typo.db", "nothing was created");
        assertThat(dir.resolve("nowhere")).doesNotExist();
        assertThat(target).doesNotExist();
    }
}
