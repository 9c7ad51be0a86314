package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Checks;
import java.util.List;

/**
 * One save in an incident's audit history.
 *
 * @param incidentId    the incident
 * @param revision      the revision this save made
 * @param author        who saved it
 * @param savedAt       when (ISO-8601 instant)
 * @param fieldsChanged the incident fields that differ from the previous revision; empty for its creation
 * @param document      the {@code lifeguard.incident/1} JSON as saved (the base a later three-way merge starts
 *                      from)
 */
public record IncidentRevision(
        String incidentId, long revision, String author, String savedAt, List<String> fieldsChanged, String document) {

    public IncidentRevision {
        Checks.notBlank(incidentId, "revision 'incidentId'");
        Checks.notBlank(author, "revision 'author'");
        Checks.notBlank(savedAt, "revision 'savedAt'");
        Checks.notBlank(document, "revision 'document'");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be ≥ 1, was " + revision);
        }
        fieldsChanged = List.copyOf(fieldsChanged);
    }
}
