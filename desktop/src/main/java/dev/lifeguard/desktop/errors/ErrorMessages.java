package dev.lifeguard.desktop.errors;

import dev.lifeguard.desktop.errors.UserMessage.Level;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.store.IncidentStoreException;
import dev.lifeguard.incident.store.RevisionConflictException;
import dev.lifeguard.postmortem.importer.ImportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns exceptions into {@link UserMessage}s: the words first, the stack trace behind a "details" button. */
public final class ErrorMessages {

    private ErrorMessages() {}

    /** A message for {@code error} that happened while doing {@code action} (e.g. "Saving INC-1"). */
    public static UserMessage of(String action, Throwable error) {
        Throwable cause = unwrap(error);
        String details = UserMessage.stackTrace(cause);
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof RevisionConflictException) {
            return new UserMessage(
                    Level.WARNING,
                    action + ": someone else changed this incident",
                    reason + ". Choose Reload to see their version, or Keep mine to save yours over it.",
                    details);
        }
        if (cause instanceof DocumentException) {
            return new UserMessage(Level.ERROR, action + ": the file is not valid", reason, details);
        }
        if (cause instanceof ImportException) {
            return new UserMessage(Level.ERROR, action + ": not imported", reason, details);
        }
        if (cause instanceof IllegalArgumentException) {
            return new UserMessage(Level.ERROR, action + ": invalid value", reason, details);
        }
        if (cause instanceof IncidentStoreException) {
            return new UserMessage(
                    Level.ERROR,
                    action + ": the incident store failed",
                    reason + ". Nothing was lost: the console keeps what you see and will try again.",
                    details);
        }
        if (cause instanceof IOException || cause instanceof UncheckedIOException) {
            return new UserMessage(Level.ERROR, action + ": a file could not be read or written", reason, details);
        }
        return new UserMessage(
                Level.ERROR, action + " failed", cause.getClass().getSimpleName() + ": " + reason, details);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException
                        || current instanceof ExecutionException
                        || current instanceof UncheckedIOException
                                && current.getCause() != null
                                && !(current.getCause() instanceof IOException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
