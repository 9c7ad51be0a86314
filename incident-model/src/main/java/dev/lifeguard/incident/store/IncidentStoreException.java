package dev.lifeguard.incident.store;

/** The store failed for a reason outside the caller's data (I/O, a locked or corrupt file). */
public class IncidentStoreException extends RuntimeException {

    public IncidentStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public IncidentStoreException(String message) {
        super(message);
    }
}
