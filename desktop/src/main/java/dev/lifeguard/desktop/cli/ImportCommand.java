package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.workbench.imports.ImportOutcome;
import dev.lifeguard.desktop.workbench.imports.ImportPolicy;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.store.IncidentExistsException;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.poolsim.ProgressListener;
import dev.lifeguard.postmortem.importer.ImportException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE…}: Lifeguard JSON incidents, Markdown or plain-text postmortems, incident logs and hazard-log
 * entries into the store, through the workbench's import as one batch: every file is read and checked before any is
 * saved, and all are saved in one transaction. Prints the new ids on standard output and, for documents, what was
 * recognised, kept in notes, warned about and redacted on standard error (for JSON, what was redacted).
 */
@Command(
        name = "import",
        description = "Import incidents into the store: lifeguard.incident/1 JSON, Markdown or"
                + " plain-text postmortems, incident logs, hazard-log entries. Prints their ids; the import report goes to"
                + " standard error.")
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

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
        List<ImportOutcome> outcomes;
        try (SqliteIncidentStore s = store.open()) {
            outcomes = root.workbench()
                    .imports()
                    .importFiles(s, files, ImportPolicy.batch(replace), ProgressListener.NONE, () -> false);
        } catch (ImportException | DocumentException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IncidentExistsException e) {
            throw new BadInputException(e.getMessage() + "; use --replace to overwrite it (nothing was imported)", e);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ImportOutcome outcome : outcomes) {
            outcome.report().forEach(err::println);
            outcome.incidentIds().forEach(spec.commandLine().getOut()::println);
        }
        return ExitCodes.OK;
    }
}
