package dev.lifeguard.ingest.log;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.ingest.IngestMonitor;
import dev.lifeguard.ingest.IngestProblems;
import dev.lifeguard.ingest.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans a log in fixed-size chunks of bytes: the anchor automaton flags candidate lines in one pass, only
 * those are decoded and confirmed, and their timestamps read. Lines without their own timestamp (stack trace
 * lines) take the one of the last line that had one. Memory is bounded by the chunk, one open burst per
 * signature, the capped entry list and the resolution-bucketed stats series.
 */
public final class LogIngester {

    private static final int CHUNK = 1 << 20;
    /** How much of a timestamped line is kept for the continuation lines after it. */
    private static final int HEADER_BYTES = 256;
    private static final AnchorAutomaton AUTOMATON = new AnchorAutomaton(List.of(LogSignature.values()));
    private static final LogSignature[] SIGNATURES = LogSignature.values();
    private static final Pattern POOL_COUNTS =
            Pattern.compile("\\(total=(\\d+), active=(\\d+), idle=(\\d+), waiting=(\\d+)\\)");

    private final String source;
    private final Timestamps timestamps;
    private final IngestProblems problems;
    private final IngestMonitor monitor;
    private final BurstCollector bursts;
    private final StatsSeries stats;
    private final Map<LogSignature, Long> counts = new EnumMap<>(LogSignature.class);
    private final long[] lastHeaderCounted = new long[SIGNATURES.length];

    private long lines;
    private int headerLength;
    private long headerLine = -1;
    private OffsetDateTime headerStamp;
    private boolean headerParsed;
    private byte[] headerBytes = new byte[0];
    private boolean cancelled;

    /**
     * @param source          the file name, for entry sources and messages
     * @param timestamps      how to read timestamps
     * @param burstGap        occurrences closer than this collapse into one entry
     * @param http5xxBurst    5xx responses a burst needs to become an entry
     * @param statsResolution pool-stats lines closer than this are merged
     */
    public LogIngester(String source, Timestamps timestamps, IngestProblems problems, IngestMonitor monitor,
            Duration burstGap, int http5xxBurst, Duration statsResolution) {
        this.source = source;
        this.timestamps = timestamps;
        this.problems = problems;
        this.monitor = monitor;
        this.bursts = new BurstCollector(burstGap, http5xxBurst, source);
        this.stats = new StatsSeries(statsResolution.toMillis());
        Arrays.fill(lastHeaderCounted, -1);
    }

    /** Reads the whole stream (or until cancelled). */
    public void read(InputStream in, long totalBytes) throws IOException {
        int[] table = AUTOMATON.table();
        byte[] buf = new byte[CHUNK];
        int filled = 0;
        long consumed = 0;
        int state = 0;
        int mask = 0;
        while (true) {
            int n = in.read(buf, filled, buf.length - filled);
            boolean eof = n < 0;
            int end = eof ? filled : filled + n;
            int lineStart = 0;
            // Rescan from the start of the carried-over partial line: state and mask restart at each line.
            state = 0;
            mask = 0;
            for (int i = 0; i < end; i++) {
                int v = table[(state << 8) | (buf[i] & 0xFF)];
                if (v >= 0) {
                    state = v & 0xFFFF;
                    mask |= v >>> 16;
                    continue;
                }
                lines++;
                if (mask != 0) {
                    hit(buf, lineStart, i, mask);
                } else {
                    noteHeader(buf, lineStart, i);
                }
                state = 0;
                mask = 0;
                lineStart = i + 1;
            }
            if (eof) {
                if (lineStart < end) {
                    lines++;
                    if (mask != 0) {
                        hit(buf, lineStart, end, mask);
                    }
                }
                consumed += end;
                monitor.progress(consumed, totalBytes);
                return;
            }
            consumed += lineStart;
            if (lineStart == 0 && end == buf.length) {
                // A single line longer than the chunk: skip it rather than grow without bound.
                lines++;
                problems.malformed(lines, "line longer than " + CHUNK + " bytes skipped");
                consumed += skipToNewline(in);
                filled = 0;
            } else {
                System.arraycopy(buf, lineStart, buf, 0, end - lineStart);
                filled = end - lineStart;
            }
            monitor.progress(consumed, totalBytes);
            if (monitor.cancelled()) {
                cancelled = true;
                return;
            }
        }
    }

    private static long skipToNewline(InputStream in) throws IOException {
        long skipped = 0;
        int b;
        while ((b = in.read()) >= 0) {
            skipped++;
            if (b == '\n') {
                break;
            }
        }
        return skipped;
    }

    /**
     * Remembers a line that may carry the timestamp for following continuation lines. Only its first bytes are
     * kept, and only when it starts like a timestamped line; it is parsed lazily, when a hit needs it.
     */
    private void noteHeader(byte[] buf, int start, int end) {
        if (start >= end) {
            return;
        }
        byte first = buf[start];
        boolean syslog = end - start > 4 && buf[start + 3] == ' ' && "JFMASOND".indexOf(first) >= 0;
        if ((first >= '0' && first <= '9') || first == '[' || first == '{' || syslog) {
            int length = Math.min(end - start, HEADER_BYTES);
            if (headerBytes.length < length) {
                headerBytes = new byte[HEADER_BYTES];
            }
            System.arraycopy(buf, start, headerBytes, 0, length);
            headerLength = length;
            headerLine = lines;
            headerParsed = false;
        }
    }

    private void hit(byte[] buf, int start, int end, int mask) {
        int length = end > start && buf[end - 1] == '\r' ? end - start - 1 : end - start;
        String line = new String(buf, start, length, StandardCharsets.UTF_8);
        OffsetDateTime own;
        try {
            own = timestamps.find(line);
        } catch (DateTimeException e) {
            problems.malformed(lines, "impossible timestamp: " + e.getMessage());
            return;
        }
        long header = lines;
        if (own == null) {
            own = headerStamp();
            header = headerLine;
            if (own == null) {
                problems.malformed(lines, "no timestamp on this line or any line before it");
                return;
            }
        } else {
            headerLine = lines;
            headerStamp = own;
            headerParsed = true;
        }
        for (LogSignature s : SIGNATURES) {
            if ((mask & (1 << s.ordinal())) == 0) {
                continue;
            }
            Matcher m = s.confirm().matcher(line);
            if (!m.find()) {
                continue;
            }
            if (lastHeaderCounted[s.ordinal()] == header && header != lines) {
                continue; // the same record's stack trace repeating its message
            }
            lastHeaderCounted[s.ordinal()] = header;
            occurrence(s, m, own, line);
        }
    }

    private void occurrence(LogSignature s, Matcher m, OffsetDateTime at, String line) {
        counts.merge(s, 1L, Long::sum);
        switch (s) {
            case HIKARI_POOL_STATS -> {
                stats.stats(m.group(1), at.toInstant(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                return; // a gauge reading, not an event
            }
            case HIKARI_TIMEOUT -> {
                if (m.group(1) != null) {
                    stats.timeout(m.group(1), at.toInstant());
                    Matcher counts = POOL_COUNTS.matcher(line);
                    if (counts.find(m.end())) {
                        stats.stats(m.group(1), at.toInstant(), Integer.parseInt(counts.group(1)),
                                Integer.parseInt(counts.group(2)), Integer.parseInt(counts.group(3)),
                                Integer.parseInt(counts.group(4)));
                    }
                }
            }
            default -> { }
        }
        bursts.occurrence(s, at, lines, line);
    }

    private OffsetDateTime headerStamp() {
        if (!headerParsed && headerLine >= 0) {
            headerParsed = true;
            try {
                OffsetDateTime parsed = timestamps.find(new String(headerBytes, 0, headerLength, StandardCharsets.UTF_8));
                if (parsed != null) {
                    headerStamp = parsed;
                }
            } catch (DateTimeException e) {
                // keep the last good stamp: a digit-led line need not be a timestamp
            }
        }
        return headerStamp;
    }

    /** Lines read. */
    public long lines() {
        return lines;
    }

    /** True when the monitor stopped the scan. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Signature label → occurrences. */
    public Map<String, Long> recognised() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((s, n) -> out.put(s.label(), n));
        return out;
    }

    /** The timeline entries, in time order; call once, after {@link #read}. */
    public List<TimelineEntry> timeline() {
        List<TimelineEntry> entries = bursts.finish();
        if (bursts.dropped() > 0) {
            problems.warn(bursts.dropped() + " further bursts were not put on the timeline (limit "
                    + BurstCollector.MAX_ENTRIES + ")");
        }
        if (bursts.quiet5xx() > 0) {
            problems.warn(bursts.quiet5xx() + " HTTP 5xx responses came in runs too short to count as a burst");
        }
        return entries;
    }

    /** The series rebuilt from pool-stats lines. */
    public List<PoolMetricSeries> series() {
        List<PoolMetricSeries> series = stats.build("log:" + source);
        if (!series.isEmpty()) {
            problems.warn("series rebuilt from log stats lines carry no pool maximum (max=0);"
                    + " set the pool's configuration on the incident to replay against it");
        }
        return series;
    }
}
