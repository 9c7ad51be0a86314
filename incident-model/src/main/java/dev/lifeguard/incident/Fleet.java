package dev.lifeguard.incident;

/**
 * How many copies of the service share the database, and the database's connection limit.
 *
 * @param instances           processes (pods, gunicorn workers) each with its own pool, ≥ 1
 * @param maxConnections      the database's {@code max_connections}, ≥ 1
 * @param reservedConnections connections the database keeps for superusers and tooling, ≥ 0
 */
public record Fleet(int instances, int maxConnections, int reservedConnections) {

    public Fleet {
        Checks.inRange(instances, 1, 100_000, "fleet 'instances'");
        Checks.inRange(maxConnections, 1, 10_000_000, "fleet 'maxConnections'");
        Checks.inRange(reservedConnections, 0, maxConnections - 1, "fleet 'reservedConnections'");
    }

    /** Connections the application fleet may use before the database refuses. */
    public int usableConnections() {
        return maxConnections - reservedConnections;
    }
}
