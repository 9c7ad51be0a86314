package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.postmortem.redact.JsonRedactor;
import dev.lifeguard.postmortem.redact.Redacted;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a {@code lifeguard.incident/1} document, its secrets masked first (as every way in is), so a pasted
 * connection string in a summary or a timeline entry never reaches the store.
 */
public final class IncidentJsonImporter {

    private IncidentJsonImporter() {}

    /**
     * The incident in {@code file}, with a report of what was redacted.
     *
     * @throws DocumentException naming the file, line and field when it is not a valid incident document
     */
    public static ImportResult importFile(Path file) throws DocumentException {
        return importText(Documents.readText(file), file.toString());
    }

    /** The incident in {@code json}, named {@code source} in messages. */
    public static ImportResult importText(String json, String source) throws DocumentException {
        Redacted redacted = JsonRedactor.redact(json);
        Incident incident = Documents.read(redacted.text(), source, Formats.INCIDENT, Incident.class);
        return new ImportResult(
                List.of(incident),
                new ImportReport(source, Formats.INCIDENT, List.of(), List.of(), List.of(), redacted.redactions()));
    }
}
