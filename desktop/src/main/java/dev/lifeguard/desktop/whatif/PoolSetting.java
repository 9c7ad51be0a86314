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
}
