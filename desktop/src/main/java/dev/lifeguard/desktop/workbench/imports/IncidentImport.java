package dev.lifeguard.desktop.workbench.imports;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.store.BatchSave;
import dev.lifeguard.incident.store.IncidentExistsException;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.poolsim.ProgressListener;
import dev.lifeguard.postmortem.importer.DocumentImporter;
import dev.lifeguard.postmortem.importer.ImportException;
import dev.lifeguard.postmortem.importer.ImportResult;
import dev.lifeguard.postmortem.importer.IncidentJsonImporter;
import dev.lifeguard.postmortem.importer.Retarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Files into the incident store, for {@code lifeguard import} and the library's import alike: each file sniffed
 * ({@link FileKind}), read into its incidents (a document may hold several), and saved under an
 * {@link ImportPolicy}. Secrets are masked on the way in (by the importers).
 */
public final class IncidentImport {

    private final DocumentImporter importer;

    /** An import that reads documents with {@code importer} (which dates undated ones by its clock). */
    public IncidentImport(DocumentImporter importer) {
        this.importer = requireNonNull(importer, "importer");
    }

    /**
     * The incidents in {@code file}, nothing stored.
     *
     * @throws ImportException   naming the file: unreadable, not a document, or evidence (metrics, logs)
     * @throws DocumentException naming the file, line and field of a bad Lifeguard document
     */
    public FileRead read(Path file) throws ImportException, DocumentException {
        FileKind kind = FileKind.of(file);
        switch (kind) {
            case INCIDENT_JSON -> {
                ImportResult result = IncidentJsonImporter.importFile(file);
                List<String> report = result.report().redactions().stream()
                        .map(r -> file + ": redacted " + r)
                        .toList();
                return new FileRead(file, kind, result.incidents(), report, List.of());
            }
            case EVIDENCE ->
                throw new ImportException(
                        file.toString(),
                        "metrics and logs are evidence for an incident, not incidents: open the incident and add the"
                                + " file there (drop it on the incident, or lifeguard ingest FILE --incident ID)");
            default -> {
                return preview(file, Map.of()).toRead();
            }
        }
    }

    /**
     * A document read for the console's import preview, with the lines in {@code retargets} sent where a person
     * said; nothing stored. Reading it with no retargets is exactly what {@link #read(Path)} does.
     *
     * @throws ImportException naming the file: unreadable, not a text document, a repeated id, or not a document
     *                         (Lifeguard JSON, metrics and logs have no lines to preview)
     */
    public DocumentPreview preview(Path file, Map<Integer, Retarget> retargets) throws ImportException {
        if (FileKind.of(file) != FileKind.DOCUMENT) {
            throw new ImportException(
                    file.toString(), "only postmortems and incident logs (Markdown or text) have lines to preview");
        }
        return new DocumentPreview(file, importer.importFile(file, retargets), retargets);
    }

    /**
     * Imports {@code files} into {@code store} under {@code policy}, reporting each file to {@code progress} and
     * stopping between files once {@code cancelled} says so (files not reached have no outcome).
     *
     * @return one outcome per file reached, in order; under {@link ImportPolicy#allOrNothing()} every one succeeded
     * @throws ImportException         only when all-or-nothing: a file could not be read (nothing was stored)
     * @throws DocumentException       only when all-or-nothing: a Lifeguard document is bad (nothing was stored)
     * @throws IncidentExistsException only when all-or-nothing without replace: an incident is stored with other
     *                                 content (nothing was stored)
     */
    public List<ImportOutcome> importFiles(
            IncidentStore store,
            List<Path> files,
            ImportPolicy policy,
            ProgressListener progress,
            BooleanSupplier cancelled)
            throws ImportException, DocumentException {
        List<FileRead> batch = new ArrayList<>();
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size() && !cancelled.getAsBoolean(); i++) {
            Path file = files.get(i);
            progress.progress((double) i / files.size(), "Importing " + file.getFileName());
            if (policy.allOrNothing()) {
                batch.add(read(file));
                continue;
            }
            try {
                outcomes.addAll(save(store, List.of(read(file)), policy));
            } catch (IncidentExistsException e) {
                outcomes.add(ImportOutcome.skipped(
                        file,
                        new ImportException(
                                file.toString(),
                                "incident " + e.incidentId() + " is already in the library with other content;"
                                        + " delete it there to import this file again")));
            } catch (Exception e) {
                outcomes.add(ImportOutcome.skipped(file, e));
            }
        }
        return policy.allOrNothing() && !cancelled.getAsBoolean() ? save(store, batch, policy) : outcomes;
    }

    /**
     * Saves every incident of {@code reads} in one transaction; one outcome per file.
     *
     * @throws IncidentExistsException without {@link ImportPolicy#replaceExisting()}: one is stored with other
     *                                 content (nothing was saved)
     */
    public List<ImportOutcome> save(IncidentStore store, List<FileRead> reads, ImportPolicy policy) {
        List<Incident> incidents = new ArrayList<>();
        reads.forEach(r -> incidents.addAll(r.incidents()));
        List<BatchSave> saved = store.saveAll(incidents, policy.replaceExisting(), id -> {});
        List<ImportOutcome> outcomes = new ArrayList<>();
        int next = 0;
        for (FileRead read : reads) {
            List<String> report = new ArrayList<>(read.report());
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < read.incidents().size(); k++, next++) {
                BatchSave s = saved.get(next);
                if (s.outcome() == BatchSave.Outcome.UNCHANGED) {
                    report.add(s.id() + ": already in the library, unchanged");
                }
                ids.add(s.id());
            }
            outcomes.add(new ImportOutcome(read.file(), ids, report, null));
        }
        return outcomes;
    }
}
