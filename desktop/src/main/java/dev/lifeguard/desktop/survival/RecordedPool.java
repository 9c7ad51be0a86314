package dev.lifeguard.desktop.survival;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.pool.PoolConfig;

/**
 * A pool an incident recorded, offered as the starting point of a proposal.
 *
 * @param incidentId the incident
 * @param title      its title
 * @param pool       the pool it had
 */
public record RecordedPool(String incidentId, String title, PoolConfig pool) {

    public RecordedPool {
        requireNonNull(incidentId, "incidentId");
        requireNonNull(title, "title");
        requireNonNull(pool, "pool");
    }

    /** What the picker shows: {@code INC-1: Checkout stalls}. */
    public String label() {
        return incidentId + ": " + title;
    }
}
