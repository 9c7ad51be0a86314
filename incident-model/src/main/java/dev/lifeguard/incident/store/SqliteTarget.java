package dev.lifeguard.incident.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * An SQLite file store.
 *
 * @param file the store file; it need not exist yet
 */
public record SqliteTarget(Path file) implements StoreTarget {

    public SqliteTarget {
        requireNonNull(file, "store file");
    }

    @Override
    public String kind() {
        return "sqlite";
    }

    @Override
    public String display() {
        return file.toString();
    }
}
