package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentStores;
import dev.lifeguard.incident.store.LibraryCopy;
import dev.lifeguard.incident.store.RevisionConflictException;
import dev.lifeguard.incident.store.StoreInfo;
import dev.lifeguard.incident.store.StoreLocation;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.incident.store.StoreTarget;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code store info} and {@code store copy}: what a store is, and moving a library (passwords never shown). */
@Command(
        name = "store",
        description = "Inspect a store.",
        subcommands = {StoreCommand.Info.class, StoreCommand.Copy.class})
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

    /** {@code store copy --from SRC --to DST}: every incident with its history and runs, unchanged. */
    @Command(name = "copy", description = "Copy every incident, with its history and runs, to another store.")
    public static final class Copy implements Callable<Integer> {

        @Option(names = "--from", required = true, paramLabel = "STORE", description = "The store to copy from.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "STORE", description = "The store to copy into.")
        String to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (IncidentStore source = IncidentStores.openExisting(target(from), StoreOptions.DEFAULT);
                    IncidentStore destination = IncidentStores.open(target(to), StoreOptions.DEFAULT)) {
                AtomicInteger copied = new AtomicInteger();
                try {
                    LibraryCopy.copy(source, destination, id -> copied.incrementAndGet());
                } catch (RevisionConflictException e) {
                    throw new BadInputException("incident " + e.incidentId() + " is already in "
                            + destination.location() + "; copied " + copied.get() + " before it");
                }
                spec.commandLine()
                        .getOut()
                        .println("copied " + copied.get() + " incident(s) from " + source.location() + " to "
                                + destination.location());
            }
            return ExitCodes.OK;
        }

        private static StoreTarget target(String text) {
            try {
                return StoreLocation.target(text);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
    }
}
