package dev.lifeguard.incident.store;

import org.jspecify.annotations.Nullable;

/** The store failed for a reason outside the caller's data (I/O, a locked or corrupt file). */
public class IncidentStoreException extends RuntimeException {

    public IncidentStoreException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    public IncidentStoreException(String message) {
        super(message);
    }
}
