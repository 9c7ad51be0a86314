package dev.lifeguard.incident.store;

/** A save that would change a closed postmortem: it is read-only until someone reopens it (moves it back). */
public final class ClosedIncidentException extends IncidentStoreException {

    public ClosedIncidentException(String incidentId) {
        super("incident " + incidentId + " is closed and read-only; reopen it (move it back to In review or Draft)"
                + " to change it");
    }
}
