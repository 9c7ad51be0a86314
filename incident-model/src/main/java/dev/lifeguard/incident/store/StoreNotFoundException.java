package dev.lifeguard.incident.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** A read-only command named an SQLite store that does not exist; nothing was created. */
public final class StoreNotFoundException extends IncidentStoreException {

    private final transient Path file;

    public StoreNotFoundException(Path file) {
        super(message(file));
        this.file = file;
    }

    private static String message(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        String where =
                parent != null && !Files.isDirectory(parent) ? " (the folder " + parent + " does not exist)" : "";
        return "no store at " + file + where + "; nothing was created (import or demo creates one)";
    }

    /** The missing file. */
    public Path file() {
        return file;
    }

    /** True when the folder that should hold it exists: the store simply has not been made yet. */
    public boolean folderExists() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null || Files.isDirectory(parent);
    }
}
