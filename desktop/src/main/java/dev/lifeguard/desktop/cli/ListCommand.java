package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.incident.store.StoreNotFoundException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code list}: the incidents in the store, newest first. */
@Command(name = "list", description = "List the incidents in the store, newest first.")
public final class ListCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(
            names = {"-s", "--search"},
            paramLabel = "TEXT",
            description = "Full-text search (titles, summaries, root causes, timelines).")
    String search;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<IncidentSummary> incidents;
        PrintWriter out = spec.commandLine().getOut();
        try (IncidentStore s = store.openExisting()) {
            incidents = search == null ? s.list() : s.search(search);
        } catch (StoreNotFoundException e) {
            if (!e.folderExists()) {
                throw new BadInputException(e.getMessage(), e);
            }
            // A store not made yet holds no incidents; saying so is enough, and nothing is created.
            out.println(json ? "[ ]" : "no incidents: " + e.getMessage());
            return ExitCodes.OK;
        }
        if (json) {
            out.println(LifeguardJson.mapper().writeValueAsString(incidents));
            return ExitCodes.OK;
        }
        if (incidents.isEmpty()) {
            out.println("no incidents"
                    + (search == null ? " (try: lifeguard demo)" : " match '" + TerminalText.line(search) + "'"));
            return ExitCodes.OK;
        }
        out.printf("%-24s %-5s %-10s %-23s %s%n", "ID", "SEV", "STATUS", "STARTED", "TITLE");
        for (IncidentSummary i : incidents) {
            out.printf(
                    "%-24s %-5s %-10s %-23s %s%s%n",
                    i.id(),
                    i.severity().wire(),
                    i.status().wire(),
                    i.startedAt() == null ? "-" : WHEN.format(i.startedAt()),
                    TerminalText.line(i.title()),
                    i.demo() ? "  [demo]" : "");
        }
        return ExitCodes.OK;
    }
}
