package dev.lifeguard.desktop.whatif;

/**
 * One editable number of the scenario, as the library (or the scenario format) spells its key.
 *
 * @param key      e.g. {@code maximumPoolSize}, {@code pool_timeout}, {@code maxConnections}
 * @param category the PropertySheet group: the library's name, "Database" or "Load"
 * @param value    the current value
 * @param help     what it means
 */
public record PoolSetting(String key, String category, double value, String help) {

    /** Keys that take fractions: SQLAlchemy's timeout is a float of seconds, the others are a ratio and ms. */
    private static final java.util.Set<String> FRACTIONAL = java.util.Set.of("pool_timeout", "leakProbability",
            ScenarioSettings.CONNECT_LATENCY);

    /** Whether the setting is a whole number (a count, or milliseconds as HikariCP takes them). */
    public boolean whole() {
        return !FRACTIONAL.contains(key);
    }
}
