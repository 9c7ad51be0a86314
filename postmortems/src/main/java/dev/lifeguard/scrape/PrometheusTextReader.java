package dev.lifeguard.scrape;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Reads Prometheus / OpenMetrics text (a scrape, or several scrapes one after another) into a
 * {@link SeriesAssembler}. Samples with their own timestamps keep them. Samples without one take the scrape
 * time; a new scrape starts at an OpenMetrics {@code # EOF} or when a metric and label set repeats, and each
 * later scrape is placed one scrape interval after the previous one.
 */
public final class PrometheusTextReader {

    private final SeriesAssembler assembler;
    private final IngestProblems problems;
    private final Map<String, Long> recognised = new TreeMap<>();
    private final Instant scrapeTime;
    private final Duration scrapeInterval;
    private final Set<String> seenInScrape = new HashSet<>();
    private int scrapeIndex;
    private boolean untimed;
    private long lines;

    /** A reader that places timestamp-less scrapes at {@code scrapeTime}, {@code + interval}, …. */
    public PrometheusTextReader(
            SeriesAssembler assembler, IngestProblems problems, Instant scrapeTime, Duration scrapeInterval) {
        this.assembler = assembler;
        this.problems = problems;
        this.scrapeTime = scrapeTime;
        this.scrapeInterval = scrapeInterval;
    }

    /** Reads every line; stops early (keeping what was read) when {@code cancelled} turns true. */
    public void read(BufferedReader in, BooleanSupplier cancelled) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (((lines + 1) & 0xFFF) == 0 && cancelled.getAsBoolean()) {
                return;
            }
            accept(line);
        }
    }

    /** Reads the next line of text; a line it cannot use is skipped and counted, never thrown. */
    public void accept(String line) {
        lines++;
        try {
            sample(line);
        } catch (MalformedLineException e) {
            problems.malformed(lines, e.getMessage());
        }
    }

    private void sample(String line) throws MalformedLineException {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (trimmed.startsWith("#")) {
            if (trimmed.equals("# EOF")) {
                nextScrape();
            }
            return;
        }
        ExpositionLine sample = ExpositionLine.parse(trimmed);
        Optional<HikariNames.Mapping> mapping =
                HikariNames.resolve(sample.name(), sample.labels().get("quantile"));
        if (mapping.isEmpty()) {
            return;
        }
        recognised.merge(sample.name(), 1L, Long::sum);
        MetricField field = mapping.get().field();
        if (field == null) {
            return;
        }
        double value = sample.value() * mapping.get().toMs();
        if (Double.isNaN(value)) {
            return; // summaries report NaN quantiles before their first observation: absence, not damage
        }
        field.check(sample.name(), sample.valueText(), value);
        long at;
        if (sample.timestampMs() != null) {
            at = sample.timestampMs();
        } else {
            String key = sample.name() + sample.labels();
            if (!seenInScrape.add(key)) {
                nextScrape();
                seenInScrape.add(key);
            }
            untimed = true;
            at = scrapeTime.plus(scrapeInterval.multipliedBy(scrapeIndex)).toEpochMilli();
        }
        assembler.put(pool(sample.labels()), sample.labels().get("instance"), at, field, value);
    }

    private void nextScrape() {
        if (!seenInScrape.isEmpty()) {
            scrapeIndex++;
            seenInScrape.clear();
        }
    }

    private static String pool(Map<String, String> labels) {
        String pool = labels.get("pool");
        return pool != null ? pool : labels.getOrDefault("name", "default");
    }

    /** Lines read so far. */
    public long lines() {
        return lines;
    }

    /** Metric name → how many samples of it were recognised. */
    public Map<String, Long> recognised() {
        return new HashMap<>(recognised);
    }

    /** Scrapes that had no timestamps and were placed by the scrape time and interval (0 when all were timed). */
    public int untimedScrapes() {
        return untimed ? scrapeIndex + (seenInScrape.isEmpty() ? 0 : 1) : 0;
    }
}
