package dev.lifeguard.poolsim.result;

import dev.lifeguard.incident.Checks;

/**
 * One SLO clause a run did not meet, and by how much.
 *
 * @param clause  the clause's key in the scenario ({@code acquireP99}, {@code maxTimeoutRate}, {@code maxUtilization},
 *                {@code maxErrorRate}), or {@code fleetOvercommit} for a fleet over the database's maxConnections
 * @param limit   the objective (milliseconds for acquireP99, connections for fleetOvercommit, a share otherwise)
 * @param actual  what the run measured, in the same unit
 * @param message a sentence for reports
 */
public record SloFailure(String clause, double limit, double actual, String message) {

    public SloFailure {
        Checks.notBlank(clause, "slo failure 'clause'");
        Checks.notBlank(message, "slo failure 'message'");
    }

    /** How far past the limit, in the clause's unit. */
    public double excess() {
        return actual - limit;
    }
}
