package dev.lifeguard.desktop.library;

import java.nio.file.Path;

/**
 * What became of one imported file.
 *
 * @param file       the file
 * @param incidentId the id stored, or null when it failed
 * @param error      why it failed, or null
 */
public record ImportOutcome(Path file, String incidentId, Exception error) {

    /** True when the incident was stored. */
    public boolean succeeded() {
        return error == null;
    }
}
