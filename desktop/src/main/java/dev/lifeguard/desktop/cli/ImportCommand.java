package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.library.IncidentFiles;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import dev.lifeguard.postmortem.importer.DocumentImporter;
import dev.lifeguard.postmortem.importer.ImportException;
import dev.lifeguard.postmortem.importer.ImportResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import FILE…}: Lifeguard JSON incidents, Markdown or plain-text postmortems, incident logs and hazard-log
 * entries into the store. Prints the new ids on standard output and, for documents, what was recognised, kept in
 * notes, warned about and redacted on standard error.
 */
@Command(name = "import", description = "Import incidents into the store: lifeguard.incident/1 JSON, Markdown or"
        + " plain-text postmortems, incident logs, hazard-log entries. Prints their ids; the import report goes to"
        + " standard error.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--replace", description = "Replace an incident that already exists with the same id.")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Read and validate every file first, so one bad file imports nothing and names itself.
        List<Incident> incidents = new ArrayList<>();
        DocumentImporter importer = new DocumentImporter(Clock.systemDefaultZone());
        for (Path file : files) {
            if (IncidentFiles.isJson(file)) {
                incidents.add(read(file));
                continue;
            }
            try {
                ImportResult result = importer.importFile(file);
                result.report().lines().forEach(spec.commandLine().getErr()::println);
                incidents.addAll(result.incidents());
            } catch (ImportException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
        try (SqliteIncidentStore s = store.open()) {
            for (Incident incident : incidents) {
                spec.commandLine().getOut().println(save(s, incident));
            }
        }
        return ExitCodes.OK;
    }

    private static Incident read(Path file) {
        try {
            return Documents.read(file, Formats.INCIDENT, Incident.class);
        } catch (DocumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private String save(SqliteIncidentStore s, Incident incident) {
        Optional<StoredIncident> existing = s.get(incident.id());
        if (existing.isEmpty()) {
            s.create(incident);
            return incident.id();
        }
        if (existing.get().incident().equals(incident)) {
            spec.commandLine().getErr().println(incident.id() + ": already in the store, unchanged");
            return incident.id();
        }
        if (!replace) {
            throw new BadInputException("incident " + incident.id() + " already exists (revision "
                    + existing.get().revision() + ") with other content; use --replace to overwrite it");
        }
        s.update(incident, existing.get().revision());
        return incident.id();
    }
}
