package dev.lifeguard.incident.store;

import java.util.function.Consumer;

/**
 * Moves a whole library between stores of either kind, unchanged: every incident with its document, revision,
 * audit history and runs. Used by {@code store copy} and the console, so both copy the same way.
 */
public final class LibraryCopy {

    private LibraryCopy() {}

    /**
     * Copies every incident of {@code source} into {@code destination}, calling {@code copied} with each id.
     *
     * @return how many incidents were copied
     * @throws RevisionConflictException when the destination already holds one of them; the ones before it stay
     *                                   copied (each incident is one transaction)
     */
    public static int copy(IncidentStore source, IncidentStore destination, Consumer<String> copied) {
        int count = 0;
        for (IncidentSummary summary : source.list()) {
            // An incident deleted between list and read is simply no longer part of the library.
            var entry = source.entry(summary.id());
            if (entry.isEmpty()) {
                continue;
            }
            destination.putEntry(entry.get());
            copied.accept(summary.id());
            count++;
        }
        return count;
    }
}
