package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.store.SqliteBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup --to FILE}: a consistent copy of the store while it is in use (SQLite's online backup). */
@Command(
        name = "backup",
        description = "Copy the store to FILE while it may be in use (SQLite's online backup), checked before "
                + "it replaces anything.")
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
        SqliteBackup.Result result = SqliteBackup.copy(store.path(), target, force);
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
