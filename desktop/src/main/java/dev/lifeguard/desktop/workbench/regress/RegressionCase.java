package dev.lifeguard.desktop.workbench.regress;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.store.AttachedRun;
import java.util.List;

/**
 * A past incident as the regression suite takes it: the incident and the simulation runs kept with it (a What-if
 * counterfactual kept there is a recorded load when the incident's series carry no request rate).
 *
 * @param incident the incident
 * @param runs     the runs kept with it, in the order they were attached
 */
public record RegressionCase(Incident incident, List<AttachedRun> runs) {

    public RegressionCase {
        requireNonNull(incident, "incident");
        runs = List.copyOf(runs);
    }

    /** An incident with no runs kept. */
    public static RegressionCase of(Incident incident) {
        return new RegressionCase(incident, List.of());
    }
}
