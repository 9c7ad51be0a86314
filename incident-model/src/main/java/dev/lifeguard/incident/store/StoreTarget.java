package dev.lifeguard.incident.store;

/**
 * Which store to open: an SQLite file or a PostgreSQL database. Its {@code toString()} and {@link #display()}
 * never contain a password, so a target can be printed, logged and shown in the title bar as it is.
 */
public sealed interface StoreTarget permits SqliteTarget, PostgresTarget {

    /** {@code "sqlite"} or {@code "postgresql"}. */
    String kind();

    /** Where the store is, for people: the file path, or the URI without its password. */
    String display();
}
