package dev.lifeguard.incident.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A read-only command named a store that does not exist; nothing was created. */
public final class StoreNotFoundException extends IncidentStoreException {

    /** The missing SQLite file; null for a team store. */
    private final transient @Nullable Path file;

    /** Whether what would hold the store exists: the SQLite file's folder, the PostgreSQL database. */
    private final boolean containerExists;

    public StoreNotFoundException(Path file) {
        super(message(file));
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        this.containerExists = parent == null || Files.isDirectory(parent);
    }

    private StoreNotFoundException(String message, boolean containerExists) {
        super(message);
        this.file = null;
        this.containerExists = containerExists;
    }

    /** A team store that is not there: its database is missing, or holds no Lifeguard library yet. */
    static StoreNotFoundException teamStore(PostgresTarget target, boolean databaseExists) {
        String why = databaseExists
                ? " (database '" + target.database() + "' holds no Lifeguard library yet)"
                : " (database '" + target.database() + "' does not exist; create it with: createdb " + target.database()
                        + ")";
        return new StoreNotFoundException(
                "no store at " + target.display() + why + "; nothing was created"
                        + (databaseExists ? " (import or demo creates one)" : ""),
                databaseExists);
    }

    private static String message(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        String where =
                parent != null && !Files.isDirectory(parent) ? " (the folder " + parent + " does not exist)" : "";
        return "no store at " + file + where + "; nothing was created (import or demo creates one)";
    }

    /** The missing file; null when a team store is missing. */
    public @Nullable Path file() {
        return file;
    }

    /**
     * True when the folder (for a team store, the database) that should hold it exists: the store simply has not
     * been made yet.
     */
    public boolean folderExists() {
        return containerExists;
    }
}
