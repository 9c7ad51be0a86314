package dev.lifeguard.incident.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which store to use: {@code --db}, else {@code LIFEGUARD_DB}, else {@code ~/.lifeguard/lifeguard.db}. A
 * PostgreSQL URI names a team store; anything else is an SQLite file path. A missing password is looked up as psql
 * does: {@code PGPASSWORD}, then the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}).
 */
public final class StoreLocation {

    /** The environment variable that names the store. */
    public static final String ENV = "LIFEGUARD_DB";

    private StoreLocation() {}

    /** The store for an optional {@code --db} value, reading the real environment. */
    public static StoreTarget target(String dbOption) {
        return target(dbOption, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The store for an optional {@code --db} value, an environment and a home folder.
     *
     * @throws IllegalArgumentException when a PostgreSQL URI is malformed (the message masks its password)
     */
    public static StoreTarget target(String dbOption, Map<String, String> env, Path home) {
        String named = dbOption != null && !dbOption.isBlank() ? dbOption : env.get(ENV);
        if (named == null || named.isBlank()) {
            return new SqliteTarget(defaultPath(home));
        }
        if (!PostgresUri.isUri(named)) {
            return new SqliteTarget(Path.of(named));
        }
        String osUser = env.getOrDefault("PGUSER", System.getProperty("user.name"));
        PostgresTarget target = PostgresUri.parse(named, osUser);
        if (target.password() != null) {
            return target;
        }
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null) {
            return target.withPassword(fromEnv);
        }
        String passFile = env.get("PGPASSFILE");
        Path file = passFile != null ? Path.of(passFile) : home.resolve(".pgpass");
        Optional<String> fromFile = PgPass.lookup(file, target);
        return fromFile.map(target::withPassword).orElse(target);
    }

    /** The default store path under a home folder. */
    public static Path defaultPath(Path home) {
        return home.resolve(".lifeguard").resolve("lifeguard.db");
    }
}
