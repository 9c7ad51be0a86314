package dev.lifeguard.incident.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything a store keeps about one incident, for moving a library between stores unchanged.
 *
 * @param current the incident at its current revision
 * @param history its audit history, oldest first (may start after revision 1 for a library older than history)
 * @param runs    the simulation runs kept with it
 */
public record LibraryEntry(StoredIncident current, List<IncidentRevision> history, List<AttachedRun> runs) {

    public LibraryEntry {
        requireNonNull(current, "entry 'current'");
        history = List.copyOf(history);
        runs = List.copyOf(runs);
    }
}
