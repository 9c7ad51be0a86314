package dev.lifeguard.incident.pool;

import dev.lifeguard.incident.Checks;

/**
 * A setting the library accepted but runs with another value, silently (HikariCP logs it at most).
 *
 * @param setting   the library's own name for it, e.g. {@code maxLifetime}
 * @param requested the value asked for
 * @param effective the value the library uses instead
 * @param message   why, as a warning: "maxLifetime 10000 is below 30000: HikariCP 7.1.0 uses 1800000"
 */
public record PoolAdjustment(String setting, long requested, long effective, String message) {

    public PoolAdjustment {
        Checks.notBlank(setting, "adjustment 'setting'");
        Checks.notBlank(message, "adjustment 'message'");
        if (requested == effective) {
            throw new IllegalArgumentException("adjustment of '" + setting + "' changes nothing: requested and"
                    + " effective are both " + requested);
        }
    }
}
