package dev.lifeguard.ingest;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to read one file.
 *
 * @param format         the format, or {@link IngestFormat#AUTO}
 * @param columnMap      CSV header → field name for headers the reader cannot map by itself
 *                       (fields: time, pool, total, active, idle, pending, max, min, timeouts, acquire_p50_ms,
 *                       acquire_p99_ms, usage_p50_ms, usage_p99_ms, request_rate, or {@code ignore})
 * @param zone           the zone of timestamps written without an offset
 * @param scrapeTime     when the first of the timestamp-less scrapes in an exposition was taken; they are placed
 *                       forward from it ({@code null}: placed by {@code scrapeEnd})
 * @param scrapeEnd      when the last of the timestamp-less scrapes was taken; they are placed back from it
 *                       ({@code null}: the file's modification time, when {@code scrapeTime} is null too)
 * @param scrapeInterval the spacing assumed between concatenated scrapes that carry no timestamps
 * @param burstGap       log occurrences of one signature closer than this collapse into one timeline entry
 * @param http5xxBurst   how many 5xx responses a burst needs before it becomes a timeline entry
 * @param statsResolution pool-stats log lines closer than this in one pool are merged (the peak kept),
 *                       which bounds the reconstructed series
 * @param monitor        progress and cancellation
 */
public record IngestOptions(
        IngestFormat format,
        Map<String, String> columnMap,
        ZoneId zone,
        Instant scrapeTime,
        Instant scrapeEnd,
        Duration scrapeInterval,
        Duration burstGap,
        int http5xxBurst,
        Duration statsResolution,
        IngestMonitor monitor) {

    public IngestOptions {
        format = format == null ? IngestFormat.AUTO : format;
        columnMap = columnMap == null ? Map.of() : Map.copyOf(columnMap);
        zone = zone == null ? ZoneOffset.UTC : zone;
        scrapeInterval = positive(scrapeInterval, Duration.ofSeconds(15), "scrapeInterval");
        burstGap = positive(burstGap, Duration.ofMinutes(1), "burstGap");
        statsResolution = positive(statsResolution, Duration.ofSeconds(1), "statsResolution");
        if (http5xxBurst < 1) {
            throw new IllegalArgumentException("ingest option 'http5xxBurst' must be ≥ 1, was " + http5xxBurst);
        }
        monitor = monitor == null ? IngestMonitor.NONE : monitor;
        if (scrapeTime != null && scrapeEnd != null) {
            throw new IllegalArgumentException(
                    "ingest options 'scrapeTime' (first scrape) and 'scrapeEnd' (last scrape)"
                            + " exclude each other; give one, was " + scrapeTime + " and " + scrapeEnd);
        }
    }

    /** Auto-detection, UTC, 15 s scrapes, 1 min bursts, 5 errors to a 5xx burst, 1 s stats resolution. */
    public static IngestOptions defaults() {
        return new IngestOptions(IngestFormat.AUTO, Map.of(), ZoneOffset.UTC, null, null, null, null, 5, null, null);
    }

    /** These options with another format. */
    public IngestOptions withFormat(IngestFormat value) {
        return new IngestOptions(
                value,
                columnMap,
                zone,
                scrapeTime,
                scrapeEnd,
                scrapeInterval,
                burstGap,
                http5xxBurst,
                statsResolution,
                monitor);
    }

    /** These options with one more CSV column mapping ({@code header → field}). */
    public IngestOptions withColumn(String header, String field) {
        Map<String, String> map = new LinkedHashMap<>(columnMap);
        map.put(requireNonNull(header, "header"), requireNonNull(field, "field"));
        return new IngestOptions(
                format,
                map,
                zone,
                scrapeTime,
                scrapeEnd,
                scrapeInterval,
                burstGap,
                http5xxBurst,
                statsResolution,
                monitor);
    }

    /** These options with another zone for offset-less timestamps. */
    public IngestOptions withZone(ZoneId value) {
        return new IngestOptions(
                format,
                columnMap,
                value,
                scrapeTime,
                scrapeEnd,
                scrapeInterval,
                burstGap,
                http5xxBurst,
                statsResolution,
                monitor);
    }

    /** These options with the time of the first timestamp-less scrape (they are placed forward from it). */
    public IngestOptions withScrapeTime(Instant value) {
        return new IngestOptions(
                format, columnMap, zone, value, null, scrapeInterval, burstGap, http5xxBurst, statsResolution, monitor);
    }

    /** These options with the time of the last timestamp-less scrape (they are placed back from it). */
    public IngestOptions withScrapeEnd(Instant value) {
        return new IngestOptions(
                format, columnMap, zone, null, value, scrapeInterval, burstGap, http5xxBurst, statsResolution, monitor);
    }

    /** These options with another spacing between timestamp-less scrapes. */
    public IngestOptions withInterval(Duration value) {
        return new IngestOptions(
                format,
                columnMap,
                zone,
                scrapeTime,
                scrapeEnd,
                value,
                burstGap,
                http5xxBurst,
                statsResolution,
                monitor);
    }

    /** These options with a progress and cancellation monitor. */
    public IngestOptions withMonitor(IngestMonitor value) {
        return new IngestOptions(
                format,
                columnMap,
                zone,
                scrapeTime,
                scrapeEnd,
                scrapeInterval,
                burstGap,
                http5xxBurst,
                statsResolution,
                value);
    }

    private static Duration positive(Duration value, Duration fallback, String field) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("ingest option '" + field + "' must be positive, was " + value);
        }
        return value;
    }
}
