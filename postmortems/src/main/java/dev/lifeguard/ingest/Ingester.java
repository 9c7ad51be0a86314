package dev.lifeguard.ingest;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.ingest.log.LogIngester;
import dev.lifeguard.ingest.metrics.CsvReader;
import dev.lifeguard.ingest.metrics.QueryRangeReader;
import dev.lifeguard.scrape.IngestProblems;
import dev.lifeguard.scrape.IngestRedaction;
import dev.lifeguard.scrape.PrometheusTextReader;
import dev.lifeguard.scrape.SeriesAssembler;
import dev.lifeguard.scrape.Timestamps;
import dev.lifeguard.watch.AlertRule;
import dev.lifeguard.watch.AlertTimeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one metric export or log file into series, timeline entries and a summary. Bad lines are skipped and
 * counted; only a file that cannot be read at all (missing, not the declared format's structure) fails.
 */
public final class Ingester {

    private Ingester() {}

    /**
     * Imports {@code file}.
     *
     * @throws DocumentException when the file cannot be read, or is structurally not what its format needs
     *                           (message names the file, line and what is wrong)
     */
    public static IngestResult ingest(Path file, IngestOptions options) throws DocumentException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try {
            long size = Files.size(file);
            IngestFormat format = options.format() == IngestFormat.AUTO ? FormatSniffer.sniff(file) : options.format();
            try (FileChannel in = FileChannel.open(file)) {
                if (options.scrapeTime() != null) {
                    return read(in, name, size, format, options, null);
                }
                // scrapes without timestamps END at the given end, else at the file's modification time (when it
                // was last written), never in the future
                if (options.scrapeEnd() != null) {
                    return read(in, name, size, format, options, "the given end");
                }
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                return read(in, name, size, format, options.withScrapeEnd(modified), "the file's modification time");
            }
        } catch (NoSuchFileException e) {
            throw new DocumentException(file.toString(), 0, 0, "", "no such file", e);
        } catch (IOException e) {
            throw new DocumentException(file.toString(), 0, 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Imports a stream already known to be {@code format} (not {@link IngestFormat#AUTO}).
     *
     * @param source    the name used in messages and in series and entry sources
     * @param sizeBytes the stream's size for progress, or −1
     */
    public static IngestResult read(
            InputStream in, String source, long sizeBytes, IngestFormat format, IngestOptions options)
            throws DocumentException, IOException {
        return read(
                Channels.newChannel(in),
                source,
                sizeBytes,
                format,
                options,
                options.scrapeEnd() == null ? null : "the given end");
    }

    private static IngestResult read(
            ReadableByteChannel channel,
            String source,
            long sizeBytes,
            IngestFormat format,
            IngestOptions options,
            String untimedEnd)
            throws DocumentException, IOException {
        InputStream in = Channels.newInputStream(channel);
        IngestProblems problems = new IngestProblems();
        Timestamps timestamps =
                new Timestamps(options.zone(), LocalDate.now(options.zone()).getYear());
        SeriesAssembler assembler = new SeriesAssembler();
        IngestRedaction redaction = new IngestRedaction(problems);
        IngestMonitor monitor = options.monitor();
        Map<String, Long> recognised;
        long lines;
        boolean cancelled = false;
        List<PoolMetricSeries> series;
        List<TimelineEntry> timeline = List.of();
        switch (format) {
            case PROMETHEUS -> {
                Instant at = options.scrapeTime() != null
                        ? options.scrapeTime()
                        : options.scrapeEnd() != null ? options.scrapeEnd() : Instant.now();
                PrometheusTextReader reader =
                        new PrometheusTextReader(assembler, problems, at, options.scrapeInterval());
                reader.read(redaction.lines(text(in)), monitor::cancelled);
                recognised = reader.recognised();
                lines = reader.lines();
                int untimed = reader.untimedScrapes();
                String every = options.scrapeInterval().toString().substring(2).toLowerCase(Locale.ROOT);
                if (untimed > 0 && untimedEnd != null && !reader.sawTimestamps()) {
                    Duration back = options.scrapeInterval().multipliedBy(untimed - 1L);
                    assembler.shiftAll(-back.toMillis());
                    problems.warn(untimed + " scrape(s) had no timestamps; placed every " + every + " ending at "
                            + untimedEnd + " " + at);
                } else if (untimed > 0) {
                    problems.warn(untimed + " scrape(s) had no timestamps; placed from " + at + " every " + every);
                }
                series = assembler.build("prometheus:" + source);
            }
            case QUERY_RANGE -> {
                QueryRangeReader reader = new QueryRangeReader(assembler, problems);
                reader.read(redaction.json(text(in)), source);
                recognised = reader.recognised();
                lines = reader.values();
                series = assembler.build("query-range:" + source);
            }
            case CSV -> {
                CsvReader reader = new CsvReader(assembler, problems, timestamps, options.columnMap());
                reader.read(redaction.lines(text(in)), source, monitor::cancelled);
                recognised = reader.recognised();
                lines = reader.lines();
                series = assembler.build("csv:" + source);
            }
            case LOG -> {
                LogIngester reader = new LogIngester(
                        source,
                        timestamps,
                        problems,
                        monitor,
                        options.burstGap(),
                        options.http5xxBurst(),
                        options.statsResolution());
                reader.read(channel, sizeBytes);
                recognised = reader.recognised();
                lines = reader.lines();
                cancelled = reader.cancelled();
                timeline = reader.timeline();
                series = reader.series();
            }
            default -> throw new IllegalArgumentException("format must be detected before reading, was " + format);
        }
        if (format != IngestFormat.LOG) {
            // the alerts a live watch of the same scrapes would have raised, with the hazard log's rules
            timeline = AlertTimeline.entries(series, AlertRule.defaults(), options.zone());
        }
        cancelled |= monitor.cancelled();
        Map<String, Integer> samples = new HashMap<>();
        series.forEach(s -> samples.put(s.pool(), s.samples().size()));
        IngestSummary summary = new IngestSummary(
                source,
                format,
                lines,
                problems.malformed(),
                problems.examples(),
                recognised,
                samples,
                timeline.size(),
                problems.warnings(),
                cancelled);
        return new IngestResult(series, timeline, summary);
    }

    private static BufferedReader text(InputStream in) {
        // Damaged bytes become U+FFFD instead of failing the whole file.
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }
}
