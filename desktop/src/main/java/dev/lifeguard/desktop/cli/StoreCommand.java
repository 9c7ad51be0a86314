package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.StoreInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code store info}: what a store is (its password never shown). */
@Command(
        name = "store",
        description = "Inspect a store.",
        subcommands = {StoreCommand.Info.class})
public final class StoreCommand {

    /** {@code store info}: kind, schema version, incident count and size. */
    @Command(name = "info", description = "Print the store's kind, schema version, incident count and size.")
    public static final class Info implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            StoreInfo info;
            try (IncidentStore s = store.openExisting()) {
                info = s.info();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("kind:           " + info.kind());
            out.println("location:       " + TerminalText.line(info.location()));
            out.println("schema version: " + info.schemaVersion());
            out.println("incidents:      " + info.incidents());
            out.println("size:           " + info.sizeBytes() + " bytes");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
