package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every store command shares (a picocli mixin). */
public final class StoreOption {

    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "The store file (default: $LIFEGUARD_DB, else ~/.lifeguard/lifeguard.db).")
    String db;

    /** The resolved store path. */
    public Path path() {
        return StoreLocation.resolve(db);
    }

    /** Opens the store; the caller closes it. */
    public SqliteIncidentStore open() {
        return SqliteIncidentStore.open(path());
    }
}
