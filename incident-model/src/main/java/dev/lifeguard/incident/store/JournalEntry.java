package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Checks;

/**
 * One save kept in the local journal until the store has it.
 *
 * @param seq          its place in the journal (replayed in this order)
 * @param incidentId   the incident
 * @param baseRevision the revision its writer started from (0 for a new incident)
 * @param document     the {@code lifeguard.incident/1} JSON to save
 */
public record JournalEntry(long seq, String incidentId, long baseRevision, String document) {

    public JournalEntry {
        Checks.notBlank(incidentId, "journal entry 'incidentId'");
        Checks.notBlank(document, "journal entry 'document'");
        if (seq < 1 || baseRevision < 0) {
            throw new IllegalArgumentException(
                    "journal entry needs seq ≥ 1 and baseRevision ≥ 0, was " + seq + " and " + baseRevision);
        }
    }
}
