package dev.lifeguard.postmortem.importer;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import java.util.List;

/**
 * The incidents read from one document, and the report of how.
 *
 * @param incidents one or more incidents (an incident log holds several)
 * @param report    what was recognised, kept in notes, warned about and redacted
 */
public record ImportResult(List<Incident> incidents, ImportReport report) {

    public ImportResult {
        incidents = List.copyOf(incidents);
        requireNonNull(report, "result 'report' is required");
    }
}
