package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.IncidentRevision;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show ID}: one incident, whole. */
@Command(name = "show", description = "Show one incident, whole.")
public final class ShowCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "The incident's id (see 'list').")
    String id;

    @Option(names = "--json", description = "Print the lifeguard.incident/1 document (re-importable).")
    boolean json;

    @Option(names = "--history", description = "Print the audit history: revision, author, time, fields changed.")
    boolean history;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoredIncident stored;
        List<IncidentRevision> revisions;
        try (IncidentStore s = store.openExisting(id)) {
            stored = s.get(id).orElseThrow(() -> new BadInputException("no incident '" + id + "' in " + s.location()));
            revisions = history ? s.history(id) : List.of();
        }
        if (history) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-8s %-16s %-24s %s%n", "REVISION", "AUTHOR", "SAVED", "FIELDS CHANGED");
            for (IncidentRevision r : revisions) {
                out.printf(
                        "%-8d %-16s %-24s %s%n",
                        r.revision(),
                        TerminalText.line(r.author()),
                        r.savedAt(),
                        r.fieldsChanged().isEmpty() ? "(created)" : String.join(", ", r.fieldsChanged()));
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (json) {
            spec.commandLine().getOut().print(Documents.write(stored.incident(), Formats.INCIDENT));
        } else {
            spec.commandLine().getOut().print(IncidentText.render(stored));
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
