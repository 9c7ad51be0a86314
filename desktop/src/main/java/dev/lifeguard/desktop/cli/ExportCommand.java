package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.render.Exporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export ID --format json|md|html|pdf [--template NAME|PATH] [--out FILE]}: an incident as a document.
 * Markdown writes its chart PNGs beside {@code --out}; HTML is one self-contained file; PDF needs a file.
 */
@Command(
        name = "export",
        description = "Export an incident as a document: JSON, or a postmortem in Markdown (charts"
                + " as PNGs beside it), self-contained HTML or PDF.")
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

    /** The formats this command writes. */
    enum Format {
        json,
        md,
        html,
        pdf
    }

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "The incident's id.")
    String id;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Write here instead of standard output" + " (PDF: default ID.pdf).")
    Path out;

    @Option(
            names = "--template",
            paramLabel = "NAME|PATH",
            description = "Postmortem template: sre (default), classic,"
                    + " incident-log, hazard, or the path of an edited copy.")
    String template;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Incident incident;
        try (IncidentStore s = store.openExisting(id)) {
            incident = s.get(id)
                    .orElseThrow(() -> new BadInputException("no incident '" + id + "' in " + s.location()))
                    .incident();
        }
        if (format != Format.json) {
            return document(incident);
        }
        String document = Documents.write(incident, Formats.INCIDENT);
        if (out == null) {
            spec.commandLine().getOut().print(document);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, document, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("wrote " + out);
        }
        return ExitCodes.OK;
    }

    private int document(Incident incident) {
        ExportFormat documentFormat = ExportFormat.of(format.name());
        Exporter exporter = root.workbench().exporter();
        try {
            if (out == null && documentFormat != ExportFormat.PDF) {
                // Standard output cannot carry chart files; Markdown there refers to none.
                spec.commandLine().getOut().print(exporter.text(incident, documentFormat, template));
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            Path target = out != null ? out : Path.of(incident.id() + ".pdf");
            for (Path written : exporter.export(incident, documentFormat, template, target)) {
                spec.commandLine().getErr().println("wrote " + written);
            }
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
