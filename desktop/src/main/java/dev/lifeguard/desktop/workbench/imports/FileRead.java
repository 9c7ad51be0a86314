package dev.lifeguard.desktop.workbench.imports;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import java.nio.file.Path;
import java.util.List;

/**
 * What one file held, before anything is stored.
 *
 * @param file      the file
 * @param kind      what the sniffer took it for
 * @param incidents the incidents read: one or more (an incident log holds several)
 * @param report    how a document was read (recognised, kept in notes, warned, redacted); for JSON, what was redacted
 * @param explain   where every non-blank line of a document went (empty for JSON)
 */
public record FileRead(Path file, FileKind kind, List<Incident> incidents, List<String> report, List<String> explain) {

    public FileRead {
        requireNonNull(file, "read 'file' is required");
        requireNonNull(kind, "read 'kind' is required");
        incidents = List.copyOf(incidents);
        report = List.copyOf(report);
        explain = List.copyOf(explain);
    }
}
