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
 * connections → cap each instance's pool at usable ÷ instances. The cap is arithmetic, not a search for a
 * pool meeting a latency objective; a {@link SizingVerifier} checks it by simulating the whole fleet at the
 * incident's load against the usable connections, before and after: the database should refuse none of the
 * capped pools' connects, and the figures show what the cap costs each instance.
 */
public final class FleetCapRule implements SuggestionRule {

    private final SizingVerifier verifier;

    /** A rule whose proposals are not simulated. */
    public FleetCapRule() {
        this(null);
    }

    /** A rule that verifies with {@code verifier} ({@code null}: proposals are marked unverified). */
    public FleetCapRule(SizingVerifier verifier) {
        this.verifier = verifier;
    }

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
        long capped = (long) fleet.instances() * proposed.maxConnections();
        String fits = "capped: " + fleet.instances() + " × " + proposed.maxConnections() + " = " + capped
                + (capped <= usable ? " ≤ " : " > ") + usable + " usable";
        String title = "Cap each instance's pool at " + cap + " (" + UndersizedPoolRule.describe(proposed, cap)
                + ") so the fleet stays within max_connections";
        if (verifier == null) {
            String text = because + "; " + fits + "; not verified by simulation";
            return List.of(new Suggestion(
                    "fleet-cap",
                    title,
                    ActionType.PREVENT,
                    Priority.P1,
                    text,
                    new Evidence(EvidenceKind.RULE, "rule:fleet-cap", text),
                    proposed,
                    null,
                    "no simulation was run"));
        }
        SizingVerification verification;
        try {
            verification = verifier.verify(incident, pool, proposed);
        } catch (IllegalArgumentException e) {
            String text = because + "; " + fits + "; not verified by simulation: " + e.getMessage();
            return List.of(new Suggestion(
                    "fleet-cap",
                    title,
                    ActionType.PREVENT,
                    Priority.P1,
                    text,
                    new Evidence(EvidenceKind.RULE, "rule:fleet-cap", text),
                    proposed,
                    null,
                    e.getMessage()));
        }
        // The verdict before the figures: the console and the command line show the text up to "; simulated
        // before" as the reason, and the figures beside it.
        String text = because + "; " + fits + outcome(verification) + "; simulated before: "
                + verification.before().describe() + "; after: "
                + verification.after().describe();
        return List.of(new Suggestion(
                "fleet-cap",
                title,
                ActionType.PREVENT,
                Priority.P1,
                text,
                new Evidence(
                        EvidenceKind.SIMULATION,
                        verification.reference() == null ? "rule:fleet-cap" : verification.reference(),
                        text),
                proposed,
                verification,
                null));
    }

    /** What the simulation says of the cap, beyond the figures. */
    private static String outcome(SizingVerification v) {
        if (!v.fitsDatabase()) {
            return "; the database still refused connects: the reserved connections or other clients need a"
                    + " lower cap";
        }
        if (!v.fixes()) {
            return "; the capped pools fit max_connections but time out at the incident's load: the fleet needs"
                    + " fewer instances, less load per instance or a larger max_connections as well";
        }
        return "";
    }
}
