package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.Checks;

/**
 * What a simulated pool did under the incident's load.
 *
 * @param timeouts       acquire timeouts
 * @param acquireP99Ms   99th percentile time to get a connection, in milliseconds
 * @param maxUtilization the highest share of the pool in use, 0..1
 * @param refusedConnects connects the database refused at its max_connections (0 when it has no limit)
 */
public record SizingFigures(long timeouts, double acquireP99Ms, double maxUtilization, long refusedConnects) {

    public SizingFigures {
        Checks.inRange(timeouts, 0, Long.MAX_VALUE, "sizing 'timeouts'");
        Checks.inRange(acquireP99Ms, 0, Double.MAX_VALUE, "sizing 'acquireP99Ms'");
        Checks.inRange(maxUtilization, 0, 1, "sizing 'maxUtilization'");
        Checks.inRange(refusedConnects, 0, Long.MAX_VALUE, "sizing 'refusedConnects'");
    }

    /** Figures of a run against a database without a connection limit. */
    public SizingFigures(long timeouts, double acquireP99Ms, double maxUtilization) {
        this(timeouts, acquireP99Ms, maxUtilization, 0);
    }

    /** {@code 312 timeouts, acquire p99 30000 ms, peak utilization 100 %[, 40 connects refused by the database]}. */
    public String describe() {
        return timeouts + " timeouts, acquire p99 " + Math.round(acquireP99Ms) + " ms, peak utilization "
                + Math.round(maxUtilization * 100) + " %"
                + (refusedConnects > 0 ? ", " + refusedConnects + " connects refused by the database" : "");
    }
}
