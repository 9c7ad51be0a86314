package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.insights.Recurrence;
import dev.lifeguard.insights.Spread;
import dev.lifeguard.insights.TrendFilter;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.TrendsDocument;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trends}: insights across the incidents in the store ({@code lifeguard.trends/1} with {@code --json}). */
@Command(
        name = "trends",
        description = "Trends across incidents: counts by severity, service, failure kind and month; time to detect,"
                + " mitigate and resolve; action items; recurring factors and fixes.")
public final class TrendsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @ParentCommand
    LifeguardCommand root;

    @Mixin
    TrendFilterOptions filterOptions;

    @Option(names = "--json", description = "Print a lifeguard.trends/1 document.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The clock that decides which action items are overdue (export-trends reads it too); tests replace it. */
    static Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        TrendFilter filter = filterOptions.filter(clock);
        Trends trends;
        try (IncidentStore s = store.openExisting()) {
            trends = root.workbench().insights().trends(s, filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LifeguardJson.mapper().writeValueAsString(TrendsDocument.of(trends)));
        } else {
            print(trends, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(Trends t, PrintWriter out) {
        out.printf(
                "%d incidents, %s to %s%n",
                t.incidents(), t.from() == null ? "-" : t.from(), t.to() == null ? "-" : t.to());
        counts("severity", t.bySeverity(), out);
        counts("kind", t.byKind(), out);
        counts("service", t.byService(), out);
        counts("month", t.byMonth(), out);
        out.println("minutes        median      p90   (incidents with both times)");
        spread("to detect", t.overall().detect(), out);
        spread("to mitigate", t.overall().mitigate(), out);
        spread("to resolve", t.overall().resolve(), out);
        var items = t.actionItems();
        out.printf(
                "action items: %d open, %d done, %d overdue, median days to close %s%n",
                items.open(),
                items.done(),
                items.overdue(),
                items.medianDaysToClose() == null ? "-" : items.medianDaysToClose());
        for (Recurrence r : t.recurring()) {
            out.printf(
                    "recurring %s in %d incidents: %s%n",
                    r.type(), r.incidents().size(), TerminalText.line(r.text()));
        }
        t.misleadingLeads()
                .forEach(lead -> out.printf(
                        "first mention of the pool after detection: %-24s %s%n",
                        lead.incidentId(), lead.minutes() == null ? "never" : lead.minutes() + " min"));
    }

    private static void counts(String what, Map<String, Integer> counts, PrintWriter out) {
        StringBuilder line = new StringBuilder("by " + what + ":");
        counts.forEach((k, v) ->
                line.append(' ').append(TerminalText.line(k)).append('=').append(v));
        out.println(line);
    }

    private static void spread(String what, Spread s, PrintWriter out) {
        out.printf(
                "%-12s %8s %8s   (%d)%n",
                what, s.median() == null ? "-" : s.median(), s.p90() == null ? "-" : s.p90(), s.count());
    }
}
