package dev.lifeguard.poolsim.theory;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Fleet;

/**
 * Whether a fleet of pools fits the database: instances × per-instance maximum against the database's
 * {@code max_connections} minus its reserved connections.
 *
 * @param fleet          the instances and the database's limits
 * @param perInstanceMax the most connections one instance's pool opens (maximumPoolSize, or
 *                       pool_size + max_overflow times worker processes for SQLAlchemy)
 * @param demand         instances × perInstanceMax
 * @param usable         max_connections − reserved
 */
public record FleetCheck(Fleet fleet, int perInstanceMax, long demand, long usable) {

    public FleetCheck {
        requireNonNull(fleet, "fleet");
        Args.atLeast(perInstanceMax, 1, "perInstanceMax");
    }

    /** Checks {@code fleet} with each instance opening up to {@code perInstanceMax} connections. */
    public static FleetCheck of(Fleet fleet, int perInstanceMax) {
        requireNonNull(fleet, "fleet");
        return new FleetCheck(
                fleet, perInstanceMax, (long) fleet.instances() * perInstanceMax, fleet.usableConnections());
    }

    /** True when every instance can open its whole pool at once. */
    public boolean fits() {
        return demand <= usable;
    }

    /** usable − demand: spare connections (negative when the fleet can exhaust the database). */
    public long headroom() {
        return usable - demand;
    }

    /** The largest per-instance maximum that fits, 0 when not even one connection each fits. */
    public int largestFittingPerInstance() {
        return (int) Math.min(Integer.MAX_VALUE, usable / fleet.instances());
    }

    /** One sentence for a report. */
    public String describe() {
        String base = fleet.instances() + " instances × " + perInstanceMax + " = " + demand + " connections vs "
                + usable + " usable (max_connections " + fleet.maxConnections() + " − " + fleet.reservedConnections()
                + " reserved)";
        return fits()
                ? base + ": fits, " + headroom() + " spare"
                : base + ": exceeds by " + (-headroom()) + "; at most " + largestFittingPerInstance() + " per instance";
    }
}
