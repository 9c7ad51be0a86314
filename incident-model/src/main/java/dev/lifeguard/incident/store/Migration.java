package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Checks;

/**
 * One schema change, applied once, in order, inside a transaction.
 *
 * @param version     1, 2, … with no gaps
 * @param description what it does, for the schema_version table and messages
 * @param sql         statements separated by lines ending in {@code ;}
 */
public record Migration(int version, String description, String sql) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration version must be ≥ 1, was " + version);
        }
        Checks.notBlank(description, "migration description");
        Checks.notBlank(sql, "migration " + version + " sql");
    }
}
