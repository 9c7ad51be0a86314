package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.workbench.imports.FileRead;
import dev.lifeguard.desktop.workbench.imports.ImportOutcome;
import dev.lifeguard.desktop.workbench.imports.ImportPolicy;
import dev.lifeguard.desktop.workbench.imports.IncidentImport;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.store.ClosedIncidentException;
import dev.lifeguard.incident.store.IncidentExistsException;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.postmortem.importer.ImportException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
                + " plain-text postmortems, incident logs, hazard-log entries. Prints their ids; the import"
                + " report goes to"
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
        IncidentImport imports = root.workbench().imports();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Read and validate every file first, so one bad file imports nothing and names itself; the reads explained
        // are the ones saved, so generated ids match.
        List<FileRead> reads = new ArrayList<>();
        for (Path file : files) {
            try {
                FileRead read = imports.read(file);
                if (explain && !read.explain().isEmpty()) {
                    out.println(file + ": line-by-line");
                    read.explain().forEach(out::println);
                }
                reads.add(read);
            } catch (ImportException | DocumentException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
        if (dryRun) {
            reads.forEach(r -> r.report().forEach(err::println));
            reads.forEach(r -> r.incidents().forEach(i -> out.println(i.id() + " (dry run: not saved)")));
            return ExitCodes.OK;
        }
        List<ImportOutcome> outcomes;
        try (IncidentStore s = store.open()) {
            outcomes = imports.save(s, reads, ImportPolicy.batch(replace));
        } catch (IncidentExistsException e) {
            throw new BadInputException(e.getMessage() + "; use --replace to overwrite it (nothing was imported)", e);
        } catch (ClosedIncidentException e) {
            throw new BadInputException(e.getMessage() + " (nothing was imported)", e);
        }
        for (ImportOutcome outcome : outcomes) {
            outcome.report().forEach(err::println);
            outcome.incidentIds().forEach(out::println);
        }
        return ExitCodes.OK;
    }
}
