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
    private boolean timed;
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
        if (sample.name().equals(HikariNames.ACQUIRE_BUCKET)) {
            bucket(sample);
            return;
        }
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
        assembler.put(pool(sample.labels()), sample.labels().get("instance"), at(sample), field, value);
    }

    /** One cumulative bucket: {@code le} in seconds, the count a whole number of observations. */
    private void bucket(ExpositionLine sample) throws MalformedLineException {
        String le = sample.labels().get("le");
        double bound;
        try {
            bound = le == null ? Double.NaN : le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
        } catch (NumberFormatException e) {
            bound = Double.NaN;
        }
        if (Double.isNaN(bound)) {
            throw new MalformedLineException(sample.name() + " le", le == null ? "" : le, "is not a bucket bound");
        }
        recognised.merge(sample.name(), 1L, Long::sum);
        if (Double.isNaN(sample.value())) {
            return;
        }
        MetricField.ACQUIRE_COUNT.check(sample.name(), sample.valueText(), sample.value());
        assembler.putBucket(
                pool(sample.labels()), sample.labels().get("instance"), at(sample), bound * 1000, sample.value());
    }

    private long at(ExpositionLine sample) {
        if (sample.timestampMs() != null) {
            timed = true;
            return sample.timestampMs();
        }
        String key = sample.name() + sample.labels();
        if (!seenInScrape.add(key)) {
            nextScrape();
            seenInScrape.add(key);
        }
        untimed = true;
        return scrapeTime.plus(scrapeInterval.multipliedBy(scrapeIndex)).toEpochMilli();
    }

    private void nextScrape() {
        if (!seenInScrape.isEmpty()) {
            scrapeIndex++;
            seenInScrape.clear();
        }
    }

    private static String pool(Map<String, String> labels) {
        String pool = HikariNames.poolOf(labels);
        return pool != null ? pool : "default";
    }

    /** True when any recognised sample carried its own timestamp. */
    public boolean sawTimestamps() {
        return timed;
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
