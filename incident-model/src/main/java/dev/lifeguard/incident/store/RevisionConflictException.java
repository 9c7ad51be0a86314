package dev.lifeguard.incident.store;

/**
 * Another writer got there first: the incident is not at the revision this writer read.
 * The message says which incident and both revisions, so the user can reload and retry.
 */
public final class RevisionConflictException extends IncidentStoreException {

    private final String incidentId;
    private final long expectedRevision;
    private final long actualRevision;

    public RevisionConflictException(String incidentId, long expectedRevision, long actualRevision) {
        super(message(incidentId, expectedRevision, actualRevision));
        this.incidentId = incidentId;
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
    }

    private static String message(String id, long expected, long actual) {
        if (expected == 0) {
            return "incident " + id + " already exists (revision " + actual + ")";
        }
        if (actual == 0) {
            return "incident " + id + " was deleted by another writer (you had revision " + expected + ")";
        }
        return "incident " + id + " was changed by another writer: you edited revision " + expected
                + ", the store now holds revision " + actual + "; reload it and apply your change again";
    }

    /** The incident written. */
    public String incidentId() {
        return incidentId;
    }

    /** The revision the writer read (0 for a create). */
    public long expectedRevision() {
        return expectedRevision;
    }

    /** The revision in the store (0 when the incident is gone). */
    public long actualRevision() {
        return actualRevision;
    }
}
