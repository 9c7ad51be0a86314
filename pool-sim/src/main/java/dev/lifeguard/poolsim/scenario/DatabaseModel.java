package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The database the pools talk to.
 *
 * @param maxConnections the server's connection limit across all instances; 0 means no limit (default 0).
 *                       A connect beyond it fails as PostgreSQL and MySQL fail it
 * @param connectLatency how long opening a connection takes (default 0)
 * @param instances      application instances, each with its own pool of the scenario's settings (default 1)
 * @param events         restarts and latency spikes, in any order
 * @param dialect        whose error messages and codes failures carry (default postgresql)
 * @param allowFleetOvercommit true when the scenario accepts that instances × the pool's maximum may exceed
 *                       {@code maxConnections} (default false: such a fleet fails its SLO check, clause
 *                       {@code fleetOvercommit}, because the database would refuse connects at peak)
 */
public record DatabaseModel(
        int maxConnections,
        SimDuration connectLatency,
        int instances,
        List<DatabaseEvent> events,
        DatabaseDialect dialect,
        boolean allowFleetOvercommit) {

    /** An unlimited database with instant connects, one instance, no events. */
    /** The most application instances (pools) one database is simulated with. */
    public static final int MAX_INSTANCES = 64;

    public static final DatabaseModel DEFAULT = new DatabaseModel(0, SimDuration.ZERO, 1, List.of());

    public DatabaseModel {
        if (maxConnections < 0) {
            throw new IllegalArgumentException(
                    "database 'maxConnections' must be 0 (no limit) or more, was " + maxConnections);
        }
        connectLatency = Objects.requireNonNullElse(connectLatency, SimDuration.ZERO);
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException(
                    "database 'instances' must be between 1 and " + MAX_INSTANCES + ", was " + instances);
        }
        events = events == null ? List.of() : List.copyOf(events);
        dialect = Objects.requireNonNullElse(dialect, DatabaseDialect.POSTGRESQL);
    }

    /** A database model that does not accept a fleet over its connection limit. */
    public DatabaseModel(
            int maxConnections,
            SimDuration connectLatency,
            int instances,
            List<DatabaseEvent> events,
            DatabaseDialect dialect) {
        this(maxConnections, connectLatency, instances, events, dialect, false);
    }

    /** A PostgreSQL-worded database model (the form before {@code dialect} existed). */
    public DatabaseModel(int maxConnections, SimDuration connectLatency, int instances, List<DatabaseEvent> events) {
        this(maxConnections, connectLatency, instances, events, DatabaseDialect.POSTGRESQL);
    }

    @JsonCreator
    static DatabaseModel fromJson(
            @JsonProperty("maxConnections") Integer maxConnections,
            @JsonProperty("connectLatency") SimDuration connectLatency,
            @JsonProperty("instances") Integer instances,
            @JsonProperty("events") List<DatabaseEvent> events,
            @JsonProperty("dialect") DatabaseDialect dialect,
            @JsonProperty("allowFleetOvercommit") Boolean allowFleetOvercommit) {
        return new DatabaseModel(
                maxConnections == null ? 0 : maxConnections,
                connectLatency,
                instances == null ? 1 : instances,
                events,
                dialect,
                Boolean.TRUE.equals(allowFleetOvercommit));
    }

    /** A copy that accepts (or not) a fleet over {@code maxConnections}. */
    public DatabaseModel withAllowFleetOvercommit(boolean allow) {
        return new DatabaseModel(maxConnections, connectLatency, instances, events, dialect, allow);
    }

    /** True when the database caps connections. */
    public boolean capped() {
        return maxConnections > 0;
    }
}
