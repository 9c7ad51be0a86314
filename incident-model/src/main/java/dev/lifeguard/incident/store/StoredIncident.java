package dev.lifeguard.incident.store;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;

/**
 * An incident as stored, with the revision a writer must quote to replace it.
 *
 * @param incident the incident
 * @param revision 1 on creation, +1 on every update
 */
public record StoredIncident(Incident incident, long revision) {

    public StoredIncident {
        requireNonNull(incident, "incident");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be ≥ 1, was " + revision);
        }
    }
}
