package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Fleet;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.pool.PoolConfig;
import java.util.List;

/**
 * A fleet over the database's {@code max_connections}: instances × per-instance pool above the usable
 * connections → cap each instance's pool at usable ÷ instances.
 */
public final class FleetCapRule implements SuggestionRule {

    @Override
    public List<Suggestion> evaluate(Incident incident) {
        Fleet fleet = incident.fleet();
        PoolConfig pool = incident.pool();
        if (fleet == null || pool == null) {
            return List.of();
        }
        long demand = (long) fleet.instances() * pool.maxConnections();
        int usable = fleet.usableConnections();
        if (demand <= usable) {
            return List.of();
        }
        int cap = Math.max(1, usable / fleet.instances());
        PoolConfig proposed = UndersizedPoolRule.resize(pool, cap);
        String because = fleet.instances() + " instances × " + pool.maxConnections() + " connections = " + demand
                + " > " + usable + " usable (max_connections " + fleet.maxConnections() + " − "
                + fleet.reservedConnections() + " reserved)";
        return List.of(new Suggestion("fleet-cap", "Cap each instance's pool at " + cap + " ("
                + UndersizedPoolRule.describe(proposed, cap) + ") so the fleet stays within max_connections",
                ActionType.PREVENT, Priority.P1, because, new Evidence(EvidenceKind.RULE, "rule:fleet-cap", because),
                proposed, null));
    }
}
