package dev.lifeguard.incident.store;

import java.nio.file.Path;
import java.util.Map;

/** Where the store file is: {@code --db}, else {@code LIFEGUARD_DB}, else {@code ~/.lifeguard/lifeguard.db}. */
public final class StoreLocation {

    /** The environment variable that names the store file. */
    public static final String ENV = "LIFEGUARD_DB";

    private StoreLocation() {}

    /** The store path for an optional {@code --db} value, reading the real environment. */
    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The store path for an optional {@code --db} value, an environment and a home folder. */
    public static Path resolve(String dbOption, Map<String, String> env, Path home) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return defaultPath(home);
    }

    /** The default store path under a home folder. */
    public static Path defaultPath(Path home) {
        return home.resolve(".lifeguard").resolve("lifeguard.db");
    }
}
