package dev.lifeguard.incident.store;

/** Opens the store a {@link StoreTarget} names: an SQLite file or a PostgreSQL database. */
public final class IncidentStores {

    private IncidentStores() {}

    /** Opens the store, creating an SQLite file (and its folder) when there is none yet. */
    public static IncidentStore open(StoreTarget target, StoreOptions options) {
        if (target instanceof SqliteTarget sqlite) {
            return SqliteIncidentStore.open(sqlite.file(), options);
        }
        return PostgresIncidentStore.open((PostgresTarget) target, options);
    }

    /**
     * Opens the store for a command that only reads: an SQLite file must already exist; a PostgreSQL database must
     * exist and hold a Lifeguard library.
     *
     * @throws StoreNotFoundException when it does not; nothing is created
     */
    public static IncidentStore openExisting(StoreTarget target, StoreOptions options) {
        if (target instanceof SqliteTarget sqlite) {
            return SqliteIncidentStore.openExisting(sqlite.file(), options);
        }
        return PostgresIncidentStore.openExisting((PostgresTarget) target, options);
    }
}
