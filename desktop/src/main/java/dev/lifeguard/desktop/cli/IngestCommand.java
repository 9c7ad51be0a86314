package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import dev.lifeguard.ingest.IngestFormat;
import dev.lifeguard.ingest.IngestMonitor;
import dev.lifeguard.ingest.IngestOptions;
import dev.lifeguard.ingest.IngestResult;
import dev.lifeguard.ingest.Ingester;
import dev.lifeguard.scrape.Timestamps;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest FILE --incident ID}: metric exports and logs into an incident's series and timeline. */
@Command(
        name = "ingest",
        description = {
            "Add a metric export or a log to an incident: Prometheus/OpenMetrics text, query_range JSON, CSV or logs.",
            "Prints what was recognised; malformed lines are skipped and counted, never fatal."
        })
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", description = "The file to read.")
    Path file;

    @Option(names = "--incident", required = true, paramLabel = "ID", description = "The incident to add to.")
    String incidentId;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "auto",
            description = "auto, prometheus, query-range, csv or log (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--map",
            paramLabel = "COLUMN=FIELD",
            description = "Map an odd CSV header to a field (time, pool, total, active, idle, pending, max, min,"
                    + " timeouts, request_rate, ignore, …). Repeatable.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            defaultValue = "UTC",
            description = "Zone of timestamps written without an offset, e.g. Europe/Berlin"
                    + " (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(
            names = "--end",
            paramLabel = "TIME",
            description = "For scrapes without timestamps: when the last one was taken (ISO-8601, without an offset"
                    + " read in --zone; or epoch seconds/ms). Default: the file's modification time.")
    String end;

    @Option(
            names = "--interval",
            paramLabel = "DURATION",
            defaultValue = "15s",
            description = "For scrapes without timestamps: the time between them, e.g. 10s, 1m"
                    + " (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--dry-run", description = "Read and summarise only; change nothing in the store.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IngestOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        try (IncidentStore s = store.open()) {
            StoredIncident stored = s.get(incidentId)
                    .orElseThrow(() -> new BadInputException("no incident '" + incidentId + "' in " + s.location()
                            + " (see 'list', or 'import' one first)"));
            IngestResult result;
            try {
                result = Ingester.ingest(file, options);
            } catch (DocumentException e) {
                throw new BadInputException(TerminalText.block(e.getMessage()), e);
            }
            out.print(TerminalText.block(result.summary().describe()));
            if (result.series().isEmpty() && result.timeline().isEmpty()) {
                out.println("nothing to add to " + incidentId);
                return ExitCodes.OK;
            }
            Incident updated = result.applyTo(stored.incident());
            if (dryRun) {
                out.println("dry run: " + incidentId + " unchanged");
            } else {
                long revision = s.update(updated, stored.revision()).revision();
                out.println(incidentId + ": +" + result.series().size() + " series, +"
                        + result.timeline().size() + " timeline entries (revision " + revision + ")");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Prints every tenth of a large file to stderr, so a long import shows it is moving. */
    private static final class Progress implements IngestMonitor {
        private static final long LARGE = 32L << 20;
        private final PrintWriter err;
        private int lastTenth;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(long bytesRead, long totalBytes) {
            if (totalBytes < LARGE) {
                return;
            }
            int tenth = (int) Math.min(10, bytesRead * 10 / totalBytes);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                err.println("ingest: " + tenth * 10 + " % of " + (totalBytes >> 20) + " MiB");
                err.flush();
            }
        }
    }

    private Instant endTime(ZoneId zoneId) {
        try {
            return new Timestamps(zoneId, Year.now(zoneId).getValue()).cell(end).toInstant();
        } catch (DateTimeException e) {
            throw new BadInputException(
                    "--end: '" + end + "' is not a time (ISO-8601 such as 2026-03-14T10:05:00Z,"
                            + " or epoch seconds or milliseconds)",
                    e);
        }
    }

    private IngestOptions options() {
        IngestOptions options = IngestOptions.defaults();
        try {
            ZoneId zoneId = ZoneId.of(zone);
            options = options.withFormat(IngestFormat.of(format))
                    .withZone(zoneId)
                    .withInterval(WatchCommand.duration(interval, "--interval"));
            if (end != null) {
                options = options.withScrapeEnd(endTime(zoneId));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        for (Map.Entry<String, String> column : map.entrySet()) {
            options = options.withColumn(column.getKey(), column.getValue());
        }
        return options.withMonitor(new Progress(spec.commandLine().getErr()));
    }
}
