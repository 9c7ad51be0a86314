package dev.lifeguard.incident.store;

import java.util.List;

/**
 * Where a journalled store's saves stand, for the status bar.
 *
 * @param unsaved   saves kept only in the local journal
 * @param reachable false while the store cannot be reached
 * @param conflicts journalled saves that met a same-field change on replay and wait for the user's choice
 * @param held      journalled saves the store refused for another reason (e.g. the postmortem was closed), with it
 */
public record JournalState(int unsaved, boolean reachable, List<SaveOutcome.Conflicted> conflicts, List<String> held) {

    public JournalState {
        conflicts = List.copyOf(conflicts);
        held = List.copyOf(held);
    }

    /** In words: "All changes saved", or "3 unsaved changes, server unreachable, retrying", … */
    public String message() {
        if (unsaved == 0) {
            return "All changes saved";
        }
        String changes = unsaved + (unsaved == 1 ? " unsaved change" : " unsaved changes");
        if (!reachable) {
            return changes + ", server unreachable, retrying";
        }
        if (!conflicts.isEmpty()) {
            return changes + ", " + conflicts.size() + " waiting for a choice between both versions";
        }
        return held.isEmpty() ? changes + ", saving" : changes + ": " + held.get(0);
    }
}
