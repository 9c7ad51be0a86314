package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentStores;
import dev.lifeguard.incident.store.StoreLocation;
import dev.lifeguard.incident.store.StoreNotFoundException;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.incident.store.StoreTarget;
import picocli.CommandLine.Option;

/** The {@code --db STORE} option every store command shares (a picocli mixin). */
public final class StoreOption {

    @Option(
            names = "--db",
            paramLabel = "STORE",
            description = "The store: an SQLite file, or postgresql://USER[:PASSWORD]@HOST[:PORT]/DB (also"
                    + " jdbc:postgresql://…; the password may come from PGPASSWORD or ~/.pgpass)"
                    + " (default: $LIFEGUARD_DB, else ~/.lifeguard/lifeguard.db).")
    String db;

    /** The resolved store; a malformed URI is bad input (its message masks the password). */
    public StoreTarget target() {
        try {
            return StoreLocation.target(db);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Opens the store, creating an SQLite file when there is none; the caller closes it. */
    public IncidentStore open() {
        return IncidentStores.open(target(), StoreOptions.DEFAULT);
    }

    /** Opens the store for a command that only reads: a missing SQLite file is reported, and nothing is created. */
    public IncidentStore openExisting() {
        return IncidentStores.openExisting(target(), StoreOptions.DEFAULT);
    }

    /** {@link #openExisting()} for a command about one incident: a missing store means no such incident. */
    public IncidentStore openExisting(String incidentId) {
        try {
            return openExisting();
        } catch (StoreNotFoundException e) {
            throw new BadInputException("no incident '" + incidentId + "': " + e.getMessage(), e);
        }
    }
}
