package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.insights.Recurrence;
import dev.lifeguard.insights.Spread;
import dev.lifeguard.insights.TrendFilter;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.TrendsCalculator;
import dev.lifeguard.insights.TrendsDocument;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trends}: insights across the incidents in the store ({@code lifeguard.trends/1} with {@code --json}). */
@Command(
        name = "trends",
        description = "Trends across incidents: counts by severity, service, failure kind and month; time to detect,"
                + " mitigate and resolve; action items; recurring factors and fixes.")
public final class TrendsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--from", paramLabel = "DATE", description = "First start day (UTC), e.g. 2026-01-01.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last start day (UTC), inclusive.")
    String to;

    @Option(names = "--service", paramLabel = "S", description = "Only incidents naming this service.")
    String service;

    @Option(names = "--severity", paramLabel = "S", description = "Only incidents of this severity (SEV1..SEV5).")
    String severity;

    @Option(names = "--json", description = "Print a lifeguard.trends/1 document.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The clock that decides which action items are overdue; tests replace it. */
    static Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        TrendFilter filter = filter();
        List<Incident> incidents = new ArrayList<>();
        try (IncidentStore s = store.open()) {
            for (IncidentSummary summary : s.list()) {
                s.get(summary.id()).ifPresent(stored -> incidents.add(stored.incident()));
            }
        }
        Trends trends = new TrendsCalculator().compute(incidents, filter);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LifeguardJson.mapper().writeValueAsString(TrendsDocument.of(trends)));
        } else {
            print(trends, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private TrendFilter filter() {
        Severity wanted;
        try {
            wanted = severity == null ? null : Severity.of(severity);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--severity: " + e.getMessage(), e);
        }
        try {
            return new TrendFilter(day("--from", from), day("--to", to), service, wanted, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private static LocalDate day(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + ": '" + text + "' is not a date such as 2026-01-31", e);
        }
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
