package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.SqliteBackup;
import dev.lifeguard.incident.store.SqliteTarget;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backup --to FILE}: a consistent copy of the store while it is in use, as an SQLite file (SQLite's online
 * backup of a file store; the library copy of a team store).
 */
@Command(
        name = "backup",
        description = "Copy the store to the SQLite file FILE while it may be in use (SQLite's online backup; a"
                + " PostgreSQL team store's whole library), checked before it replaces anything.")
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "Where the copy goes.")
    Path target;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SqliteBackup.Result result;
        if (store.target() instanceof SqliteTarget sqlite) {
            result = SqliteBackup.copy(sqlite.file(), target, force);
        } else {
            // A team store is backed up into an SQLite file (its whole library, as 'store copy' moves it), so the
            // same command and the same file work whichever store --db names; pg_dump remains the server's own way.
            try (IncidentStore source = store.openExisting()) {
                result = SqliteBackup.copyLibrary(source, target, force);
            }
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "backed up %d incident(s), %,d bytes, to %s (integrity checked)%n",
                        result.incidents(),
                        result.bytes(),
                        TerminalText.line(result.target().toString()));
        return ExitCodes.OK;
    }
}
