package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Checks;

/**
 * How the store's own HikariCP pool is configured.
 *
 * @param maximumPoolSize        connections; SQLite has one writer, so a few readers are plenty
 * @param leakDetectionThreshold ms a connection may be out before HikariCP warns; 0 off (tests turn it on)
 * @param busyTimeoutMs          how long SQLite waits for the write lock before SQLITE_BUSY
 * @param author                 who this store's saves are recorded as in the audit history
 */
public record StoreOptions(int maximumPoolSize, long leakDetectionThreshold, int busyTimeoutMs, String author) {

    /** What the console and CLI use. */
    public static final StoreOptions DEFAULT = new StoreOptions(4, 0, 5_000);

    /** What tests use: leak detection on, so a connection kept by mistake is reported. */
    public static final StoreOptions TESTING = new StoreOptions(4, 2_000, 5_000);

    public StoreOptions {
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("store maximumPoolSize must be ≥ 1, was " + maximumPoolSize);
        }
        if (leakDetectionThreshold != 0 && leakDetectionThreshold < 2_000) {
            throw new IllegalArgumentException(
                    "store leakDetectionThreshold must be 0 or ≥ 2000 ms, was " + leakDetectionThreshold);
        }
        if (busyTimeoutMs < 0) {
            throw new IllegalArgumentException("store busyTimeoutMs must be ≥ 0, was " + busyTimeoutMs);
        }
        Checks.notBlank(author, "store author");
    }

    /** Options whose saves are recorded as the OS user's. */
    public StoreOptions(int maximumPoolSize, long leakDetectionThreshold, int busyTimeoutMs) {
        this(maximumPoolSize, leakDetectionThreshold, busyTimeoutMs, osUser());
    }

    /** The same options with saves recorded as {@code name}'s (the author set in preferences). */
    public StoreOptions withAuthor(String name) {
        return new StoreOptions(maximumPoolSize, leakDetectionThreshold, busyTimeoutMs, name);
    }

    /** The OS user, the author unless one is set. */
    public static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
