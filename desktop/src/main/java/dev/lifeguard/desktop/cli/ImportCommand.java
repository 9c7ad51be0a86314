package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.library.IncidentFiles;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.store.BatchSave;
import dev.lifeguard.incident.store.IncidentExistsException;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.postmortem.importer.DocumentImporter;
import dev.lifeguard.postmortem.importer.ImportException;
import dev.lifeguard.postmortem.importer.ImportResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE…}: Lifeguard JSON incidents, Markdown or plain-text postmortems, incident logs and hazard-log
 * entries into the store. Prints the new ids on standard output and, for documents, what was recognised, kept in
 * notes, warned about and redacted on standard error (for JSON, what was redacted). Every file is read and checked
 * before any is saved, and all are saved in one transaction.
 */
@Command(
        name = "import",
        description = "Import incidents into the store: lifeguard.incident/1 JSON, Markdown or"
                + " plain-text postmortems, incident logs, hazard-log entries. Prints their ids; the import report goes to"
                + " standard error.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--replace", description = "Replace an incident that already exists with the same id.")
    boolean replace;

    @Option(names = "--dry-run", description = "Read and check the files, print what would be imported, save nothing.")
    boolean dryRun;

    @Option(
            names = "--explain",
            description = "Print where every non-blank line of each document went (line, incident, destination).")
    boolean explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Read and validate every file first, so one bad file imports nothing and names itself.
        List<Incident> incidents = new ArrayList<>();
        DocumentImporter importer = new DocumentImporter(Clock.systemDefaultZone());
        for (Path file : files) {
            try {
                if (explain
                        && !file.getFileName()
                                .toString()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith(".json")) {
                    // The explained result is the one imported, so its generated ids match the saved ones.
                    ImportResult result = importer.importFile(file);
                    spec.commandLine().getOut().println(file + ": line-by-line");
                    result.explain().forEach(spec.commandLine().getOut()::println);
                    result.report().lines().forEach(spec.commandLine().getErr()::println);
                    incidents.addAll(result.incidents());
                    continue;
                }
                IncidentFiles.Read read = IncidentFiles.readDocument(file, importer);
                read.report().forEach(spec.commandLine().getErr()::println);
                incidents.addAll(read.incidents());
            } catch (ImportException | DocumentException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
        if (dryRun) {
            incidents.forEach(i -> spec.commandLine().getOut().println(i.id() + " (dry run: not saved)"));
            return ExitCodes.OK;
        }
        // Then save them in one transaction: a failure or a kill part-way saves none.
        try (SqliteIncidentStore s = store.open()) {
            List<BatchSave> saved;
            try {
                saved = s.saveAll(incidents, replace, id -> {});
            } catch (IncidentExistsException e) {
                throw new BadInputException(
                        e.getMessage() + "; use --replace to overwrite it (nothing was imported)", e);
            }
            for (BatchSave save : saved) {
                if (save.outcome() == BatchSave.Outcome.UNCHANGED) {
                    spec.commandLine().getErr().println(save.id() + ": already in the store, unchanged");
                }
                spec.commandLine().getOut().println(save.id());
            }
        }
        return ExitCodes.OK;
    }
}
