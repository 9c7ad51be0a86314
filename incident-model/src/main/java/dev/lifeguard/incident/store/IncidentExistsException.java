package dev.lifeguard.incident.store;

/**
 * A batch met an incident already stored with other content, and was not told to replace it: nothing of the batch
 * was saved. The message names the incident and its stored revision.
 */
public final class IncidentExistsException extends IncidentStoreException {

    private final String incidentId;
    private final long revision;

    public IncidentExistsException(String incidentId, long revision) {
        super("incident " + incidentId + " already exists (revision " + revision + ") with other content");
        this.incidentId = incidentId;
        this.revision = revision;
    }

    /** The incident already stored. */
    public String incidentId() {
        return incidentId;
    }

    /** Its stored revision. */
    public long revision() {
        return revision;
    }
}
