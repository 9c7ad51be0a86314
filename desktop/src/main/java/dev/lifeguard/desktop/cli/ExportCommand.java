package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export ID --format json}: an incident as a document. */
@Command(name = "export", description = "Export an incident as a document.")
public final class ExportCommand implements Callable<Integer> {

    /** The formats this command writes. */
    enum Format { json }

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "The incident's id.")
    String id;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Incident incident;
        try (SqliteIncidentStore s = store.open()) {
            incident = s.get(id).orElseThrow(() -> new BadInputException("no incident '" + id + "' in " + s.location()))
                    .incident();
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
}
