package dev.lifeguard.desktop.library;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.store.BatchSave;
import dev.lifeguard.incident.store.IncidentExistsException;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.postmortem.importer.DocumentImporter;
import dev.lifeguard.postmortem.importer.ImportException;
import dev.lifeguard.postmortem.importer.ImportResult;
import dev.lifeguard.postmortem.importer.IncidentJsonImporter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the files a user drops or picks into incidents, as {@code lifeguard import} does: Lifeguard incident JSON,
 * and postmortem documents, incident logs and hazard-log entries (Markdown or plain text) through the document
 * importer. Metric exports and logs are refused with a pointer to where they go: an open incident.
 */
public final class IncidentFiles {

    /** Endings of metric exports and logs, which belong in an incident rather than the library. */
    private static final Set<String> EVIDENCE = Set.of(".log", ".prom", ".csv", ".tsv", ".om");

    /**
     * What one file held.
     *
     * @param incidents the incidents read (an incident log holds several)
     * @param report    how a document was read (recognised, kept in notes, warned, redacted); empty for JSON
     */
    public record Read(List<Incident> incidents, List<String> report) {

        public Read {
            incidents = List.copyOf(incidents);
            report = List.copyOf(report);
        }
    }

    private IncidentFiles() {}

    /** The incidents in {@code file}; the exception names the file (and the line, where there is one). */
    static Read read(Path file, DocumentImporter importer) throws DocumentException, ImportException {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!isJson(file) && EVIDENCE.stream().anyMatch(name::endsWith)) {
            throw new ImportException(
                    file.toString(),
                    "metrics and logs are evidence for an incident, not"
                            + " incidents: open the incident and drop the file on it (or press Ctrl+I there)");
        }
        return readDocument(file, importer);
    }

    /**
     * The incidents in a Lifeguard JSON file or a document, their secrets masked. The report says how a document
     * was read; for JSON it lists only what was redacted (nothing, usually).
     */
    public static Read readDocument(Path file, DocumentImporter importer) throws DocumentException, ImportException {
        if (isJson(file)) {
            ImportResult result = IncidentJsonImporter.importFile(file);
            List<String> report = result.report().redactions().isEmpty()
                    ? List.of()
                    : result.report().redactions().stream()
                            .map(r -> file + ": redacted " + r)
                            .toList();
            return new Read(result.incidents(), report);
        }
        ImportResult result = importer.importFile(file);
        return new Read(result.incidents(), result.report().lines());
    }

    /**
     * Reads {@code file} and stores its incidents in one transaction: all of them or none. One already stored
     * unchanged is reported; one stored with other content is never overwritten (the file is skipped, nothing of it
     * saved). Never throws: a failure is the outcome.
     */
    static ImportOutcome importInto(IncidentStore store, Path file, DocumentImporter importer) {
        try {
            Read read = read(file, importer);
            List<String> report = new ArrayList<>(read.report());
            List<String> ids = new ArrayList<>();
            List<BatchSave> saved;
            try {
                saved = store.saveAll(read.incidents(), false, id -> {});
            } catch (IncidentExistsException e) {
                throw new ImportException(
                        file.toString(),
                        "incident " + e.incidentId() + " is already in the"
                                + " library with other content; delete it there to import this file again");
            }
            for (BatchSave s : saved) {
                if (s.outcome() == BatchSave.Outcome.UNCHANGED) {
                    report.add(s.id() + ": already in the library, unchanged");
                }
                ids.add(s.id());
            }
            return new ImportOutcome(file, ids, report, null);
        } catch (Exception e) {
            return ImportOutcome.skipped(file, e);
        }
    }

    /** A {@code .json} file, or one whose first character is '{', is a Lifeguard document. */
    public static boolean isJson(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            int c;
            do {
                c = reader.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
            return c == '{';
        } catch (IOException e) {
            // Unreadable: let the document importer say why, with the file name.
            return false;
        }
    }
}
