package dev.lifeguard.desktop.workbench.regress;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.pool.PoolConfig;
import java.util.List;

/**
 * A proposed pool against every past incident in scope.
 *
 * @param proposed the pool replayed
 * @param service  the service the incidents were chosen by ({@code null}: all)
 * @param replays  one per incident with a recorded load, in the store's order
 * @param skipped  incidents in scope without a recorded load, with why
 */
public record RegressionReport(
        PoolConfig proposed, String service, List<ReplayOutcome> replays, List<SkippedIncident> skipped) {

    public RegressionReport {
        requireNonNull(proposed, "proposed");
        replays = List.copyOf(replays);
        skipped = List.copyOf(skipped);
    }

    /** True when the proposed pool would still run out in at least one incident. */
    public boolean anyExhausts() {
        return replays.stream().anyMatch(r -> !r.survives());
    }

    /**
     * An incident in scope that could not be replayed.
     *
     * @param incidentId the incident
     * @param reason     why, in words
     */
    public record SkippedIncident(String incidentId, String reason) {

        public SkippedIncident {
            requireNonNull(incidentId, "incidentId");
            requireNonNull(reason, "reason");
        }
    }
}
