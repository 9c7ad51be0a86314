package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import FILE…}: Lifeguard JSON incidents into the store; prints the ids. */
@Command(name = "import", description = "Import incidents (lifeguard.incident/1 JSON) into the store; prints their ids.")
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
        List<Incident> incidents = files.stream().map(ImportCommand::read).toList();
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
