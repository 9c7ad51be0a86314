package dev.lifeguard.ingest.log;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.ingest.IngestMonitor;
import dev.lifeguard.ingest.IngestProblems;
import dev.lifeguard.ingest.Timestamps;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
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
 * Scans a log in fixed-size chunks of bytes: the anchor scanner skips through the bytes to candidate lines,
 * only those are decoded and confirmed, and their timestamps read; other lines are only counted. Lines
 * without their own timestamp (stack trace lines) take the one of the nearest line before them that has one.
 * Memory is bounded by the chunk, one open burst per signature, the capped entry list and the
 * resolution-bucketed stats series.
 */
public final class LogIngester {

    private static final int CHUNK = 1 << 20;
    /** How much of a timestamped line is read for the continuation lines after it. */
    private static final int HEADER_BYTES = 256;
    private static final AnchorScanner SCANNER = new AnchorScanner(List.of(LogSignature.values()));
    /** How far back a continuation line looks for the line with its record's timestamp. */
    private static final int MAX_LOOKBACK_LINES = 500;
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
    private String carried;
    private long carriedLine;
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

    /**
     * Reads the whole file (or until cancelled). The file is read into a direct buffer, so its bytes are
     * copied once, as {@code grep} copies them, and never decoded unless a line is a candidate.
     */
    public void read(ReadableByteChannel in, long totalBytes) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK);
        long consumed = 0;
        while (true) {
            boolean eof = false;
            while (buf.hasRemaining()) {
                if (in.read(buf) < 0) {
                    eof = true;
                    break;
                }
            }
            int end = buf.position();
            // Complete lines only, unless this is the end of the stream.
            int limit = eof ? end : lastNewline(buf, end) + 1;
            if (limit == 0 && !eof) {
                // A single line longer than the chunk: skip it rather than grow without bound.
                lines++;
                problems.malformed(lines, "line longer than " + CHUNK + " bytes skipped");
                consumed += end + skipToNewline(in, buf);
                carried = null;
                continue;
            }
            scan(buf, limit);
            if (eof) {
                if (limit > 0 && buf.get(limit - 1) != '\n') {
                    lines++; // a last line without a newline
                }
                monitor.progress(consumed + end, totalBytes);
                return;
            }
            carryHeader(buf, limit);
            consumed += limit;
            buf.position(limit).limit(end);
            buf.compact();
            monitor.progress(consumed, totalBytes);
            if (monitor.cancelled()) {
                cancelled = true;
                return;
            }
        }
    }

    /** Finds anchored lines in {@code buf[0, limit)}, counting every line on the way. */
    private void scan(ByteBuffer buf, int limit) {
        int counted = 0;
        int from = 0;
        while (true) {
            int found = SCANNER.next(buf, from, limit);
            if (found < 0) {
                break;
            }
            int lineStart = previousNewline(buf, found) + 1;
            int lineEnd = nextNewline(buf, found, limit);
            lines += AnchorScanner.countNewlines(buf, counted, lineStart);
            counted = lineStart;
            hit(buf, lineStart, lineEnd, lines + 1);
            from = lineEnd + 1;
        }
        lines += AnchorScanner.countNewlines(buf, counted, limit);
    }

    private static int lastNewline(ByteBuffer buf, int end) {
        return previousNewline(buf, end);
    }

    private static int previousNewline(ByteBuffer buf, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (buf.get(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int nextNewline(ByteBuffer buf, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (buf.get(i) == '\n') {
                return i;
            }
        }
        return limit;
    }

    private static String text(ByteBuffer buf, int start, int length) {
        byte[] bytes = new byte[length];
        buf.get(start, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Skips the rest of an overlong line; leaves the bytes after its newline at the start of {@code buf}. */
    private static long skipToNewline(ReadableByteChannel in, ByteBuffer buf) throws IOException {
        long skipped = 0;
        while (true) {
            buf.clear();
            int n = in.read(buf);
            if (n < 0) {
                buf.clear();
                return skipped;
            }
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') {
                    buf.position(i + 1).limit(n);
                    buf.compact();
                    return skipped + i + 1;
                }
            }
            skipped += n;
        }
    }

    /** True when a line may start with a timestamp: continuation lines (stack traces) never do. */
    private static boolean headerLike(ByteBuffer buf, int start, int end) {
        if (start >= end) {
            return false;
        }
        byte first = buf.get(start);
        boolean syslog = end - start > 4 && buf.get(start + 3) == ' ' && "JFMASOND".indexOf(first) >= 0;
        return (first >= '0' && first <= '9') || first == '[' || first == '{' || syslog;
    }

    /** Before dropping a chunk, keeps its last header-like line for continuation lines in the next chunk. */
    private void carryHeader(ByteBuffer buf, int limit) {
        int lineEnd = limit - 1;
        int scanned = 0;
        while (lineEnd > 0 && scanned++ < MAX_LOOKBACK_LINES) {
            int lineStart = previousNewline(buf, lineEnd) + 1;
            if (headerLike(buf, lineStart, lineEnd)) {
                int length = Math.min(lineEnd - lineStart, HEADER_BYTES);
                carried = text(buf, lineStart, length);
                carriedLine = lines - AnchorScanner.countNewlines(buf, lineStart, limit) + 1;
                return;
            }
            lineEnd = lineStart - 1;
        }
    }

    private void hit(ByteBuffer buf, int start, int end, long lineNo) {
        int length = end > start && buf.get(end - 1) == '\r' ? end - start - 1 : end - start;
        String line = text(buf, start, length);
        OffsetDateTime own;
        try {
            own = timestamps.find(line);
        } catch (DateTimeException e) {
            problems.malformed(lineNo, "impossible timestamp: " + e.getMessage());
            return;
        }
        long header = lineNo;
        if (own == null) {
            int lineEnd = start - 1;
            long candidateLine = lineNo - 1;
            int scanned = 0;
            while (own == null && lineEnd >= 0 && scanned++ < MAX_LOOKBACK_LINES) {
                int lineStart = previousNewline(buf, lineEnd) + 1;
                if (headerLike(buf, lineStart, lineEnd)) {
                    own = stampOrNull(text(buf, lineStart, Math.min(lineEnd - lineStart, HEADER_BYTES)));
                    header = candidateLine;
                }
                lineEnd = lineStart - 1;
                candidateLine--;
            }
            if (own == null && lineEnd < 0 && carried != null) {
                own = stampOrNull(carried);
                header = carriedLine;
            }
            if (own == null) {
                problems.malformed(lineNo, "no timestamp on this line or any line before it");
                return;
            }
        }
        for (LogSignature s : SIGNATURES) {
            if (!containsAnchor(line, s)) {
                continue;
            }
            Matcher m = s.confirm().matcher(line);
            if (!m.find()) {
                continue;
            }
            if (lastHeaderCounted[s.ordinal()] == header && header != lineNo) {
                continue; // the same record's stack trace repeating its message
            }
            lastHeaderCounted[s.ordinal()] = header;
            occurrence(s, m, own, line, lineNo);
        }
    }

    private static boolean containsAnchor(String line, LogSignature s) {
        for (String anchor : s.anchors()) {
            if (line.contains(anchor)) {
                return true;
            }
        }
        return false;
    }

    private OffsetDateTime stampOrNull(String text) {
        try {
            return timestamps.find(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void occurrence(LogSignature s, Matcher m, OffsetDateTime at, String line, long lineNo) {
        counts.merge(s, 1L, Long::sum);
        switch (s) {
            case HIKARI_POOL_STATS -> {
                String pool = poolBefore(line, m.start());
                if (pool != null) {
                    stats.stats(pool, at.toInstant(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                }
                return; // a gauge reading, not an event
            }
            case HIKARI_TIMEOUT -> {
                String pool = poolBefore(line, m.start());
                if (pool != null) {
                    stats.timeout(pool, at.toInstant());
                    Matcher counts = POOL_COUNTS.matcher(line);
                    if (counts.find(m.end())) {
                        stats.stats(pool, at.toInstant(), Integer.parseInt(counts.group(1)),
                                Integer.parseInt(counts.group(2)), Integer.parseInt(counts.group(3)),
                                Integer.parseInt(counts.group(4)));
                    }
                }
            }
            default -> { }
        }
        bursts.occurrence(s, at, lineNo, line);
    }

    /**
     * HikariCP prefixes its messages with {@code "<poolName> - "}: the word before the last {@code " - "}
     * ahead of {@code index} (skipping a message prefix such as {@code "Before cleanup "}), or {@code null}.
     */
    static String poolBefore(String line, int index) {
        int dash = line.lastIndexOf(" - ", index);
        if (dash <= 0) {
            return null;
        }
        int start = line.lastIndexOf(' ', dash - 1) + 1;
        int colon = line.lastIndexOf(':', dash - 1);
        start = Math.max(start, colon + 1);
        String pool = line.substring(start, dash).strip();
        return pool.isEmpty() ? null : pool;
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
