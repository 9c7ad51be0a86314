package dev.lifeguard.desktop.workspace;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.store.SaveOutcome;

/**
 * Where the workspace's saves go: the store's own merging save, or the journalled store in front of a team server
 * (which keeps a save locally while the server cannot be reached).
 */
@FunctionalInterface
public interface IncidentSaver {

    /** Saves {@code mine}, started from {@code baseRevision}, merged field by field with others' saves since. */
    SaveOutcome save(Incident mine, long baseRevision);
}
