package dev.lifeguard.ingest.log;

import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.ingest.IngestMonitor;
import dev.lifeguard.scrape.IngestProblems;
import dev.lifeguard.scrape.IngestRedaction;
import dev.lifeguard.scrape.MalformedLineException;
import dev.lifeguard.scrape.Timestamps;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans a log in fixed-size chunks of bytes: the anchor scanner skips through the bytes to candidate lines,
 * only those are decoded and confirmed, and their timestamps read; other lines are only counted. Lines
 * without their own timestamp (stack trace lines) take the one of the nearest line before them that has one.
 * Memory is bounded by the chunk, one open burst per signature, the capped entry list and the
 * resolution-bucketed stats series.
 * Over 300 lines because the chunked byte scan, the confirmation of candidate lines and the burst and series
 * bookkeeping share the scan's position and bounds.
 */
public final class LogIngester {

    /** The longest line read; a longer one is skipped and counted as malformed. */
    private static final int CHUNK = 1 << 20;
    /** The bytes read per chunk. */
    private static final int FILL = 1 << 16;

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
    private final ChunkScanner scanner;
    private OffsetDateTime carried;
    private long carriedLine;
    private boolean cancelled;
    private final IngestRedaction redaction;

    /**
     * @param source          the file name, for entry sources and messages
     * @param timestamps      how to read timestamps
     * @param burstGap        occurrences closer than this collapse into one entry
     * @param http5xxBurst    5xx responses a burst needs to become an entry
     * @param statsResolution pool-stats lines closer than this are merged
     */
    public LogIngester(
            String source,
            Timestamps timestamps,
            IngestProblems problems,
            IngestMonitor monitor,
            Duration burstGap,
            int http5xxBurst,
            Duration statsResolution) {
        this.source = source;
        this.timestamps = timestamps;
        this.problems = problems;
        this.redaction = new IngestRedaction(problems);
        this.monitor = monitor;
        this.bursts = new BurstCollector(burstGap, http5xxBurst, source);
        this.stats = new StatsSeries(statsResolution.toMillis());
        this.scanner = new ChunkScanner(timestamps);
        Arrays.fill(lastHeaderCounted, -1);
    }

    /**
     * Reads the whole file (or until cancelled). Chunks of about {@link #FILL} bytes are read (small enough that
     * the bytes are still in the cache when scanned: 1 MiB reads ran at a third of the speed on the benchmark
     * machine) and scanned on a worker thread (two where there are more than two cores) while the next chunk is
     * read; when the workers have two chunks queued each, the reading thread scans the next one itself rather than
     * wait. Results are taken in file order, so line numbers, bursts and series come out as a sequential read
     * gives. A chunk grows up to {@link #CHUNK} bytes only to hold one long line.
     */
    public void read(ReadableByteChannel in, long totalBytes) throws IOException {
        int workers = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lifeguard-ingest-scan " + source);
            t.setDaemon(true);
            return t;
        });
        // Buffers are made as the file needs them: a small file (one chunk) costs one buffer, not all of them.
        int buffers = 2 * workers + 2;
        ArrayDeque<ByteBuffer> free = new ArrayDeque<>();
        free.add(ByteBuffer.allocate(CHUNK));
        int allocated = 1;
        ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
        long consumed = 0;
        try {
            ByteBuffer buf = free.poll();
            while (true) {
                boolean eof = false;
                int searched = buf.position();
                int limit;
                buf.limit(Math.min(CHUNK, buf.position() + FILL));
                while (true) {
                    while (buf.hasRemaining()) {
                        if (in.read(buf) < 0) {
                            eof = true;
                            break;
                        }
                    }
                    // Complete lines only, unless this is the end of the stream.
                    limit = eof ? buf.position() : lastNewline(buf.array(), searched, buf.position()) + 1;
                    if (limit > 0 || eof || buf.position() == CHUNK) {
                        break;
                    }
                    searched = buf.position(); // no line ends yet: read on, up to the line length limit
                    buf.limit(Math.min(CHUNK, searched + FILL));
                }
                int end = buf.position();
                if (limit == 0 && !eof) {
                    // A single line longer than the chunk: skip it rather than grow without bound.
                    if (!drain(inFlight, free, 0, totalBytes)) {
                        return;
                    }
                    lines++;
                    problems.malformed(lines, "line longer than " + CHUNK + " bytes skipped");
                    consumed += end + skipToNewline(in, buf);
                    carried = null;
                    continue;
                }
                byte[] chunk = buf.array();
                int chunkLimit = limit;
                consumed += eof ? end : limit;
                Callable<ChunkScanner.Result> scan = () -> scanner.scan(chunk, chunkLimit);
                if ((eof && inFlight.isEmpty())
                        || inFlight.stream().filter(f -> !f.scan().isDone()).count() >= 2L * workers) {
                    // the whole file in one chunk, or the workers have enough queued: scanning here beats a hand-off
                    FutureTask<ChunkScanner.Result> here = new FutureTask<>(scan);
                    here.run();
                    inFlight.add(new InFlight(buf, here, consumed));
                } else {
                    inFlight.add(new InFlight(buf, pool.submit(scan), consumed));
                }
                if (eof) {
                    drain(inFlight, free, 0, totalBytes);
                    if (limit > 0 && chunk[limit - 1] != '\n') {
                        lines++; // a last line without a newline
                    }
                    return;
                }
                if (free.isEmpty() && allocated < buffers) {
                    free.add(ByteBuffer.allocate(CHUNK));
                    allocated++;
                }
                if (free.isEmpty() && !drain(inFlight, free, inFlight.size() - 1, totalBytes)) {
                    return;
                }
                ByteBuffer next = free.poll();
                // carry the partial last line over to the next chunk
                System.arraycopy(chunk, limit, next.array(), 0, end - limit);
                next.clear().position(end - limit);
                buf = next;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A chunk being scanned, and the bytes consumed up to its end. */
    private record InFlight(ByteBuffer buffer, Future<ChunkScanner.Result> scan, long consumedAfter) {}

    /**
     * The last newline before {@code to}, or −1; looks at {@code buf[from, to)} first, as the bytes before
     * {@code from} are usually a carried partial line (but after a skipped long line they may hold whole lines).
     */
    private static int lastNewline(byte[] buf, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return from == 0 ? -1 : lastNewline(buf, 0, from);
    }

    /**
     * Takes finished chunks in order until at most {@code keep} remain in flight; false when the user
     * cancelled (the rest is dropped).
     */
    private boolean drain(ArrayDeque<InFlight> inFlight, ArrayDeque<ByteBuffer> free, int keep, long totalBytes)
            throws IOException {
        while (inFlight.size() > keep) {
            InFlight oldest = inFlight.poll();
            try {
                take(oldest.scan().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("log import interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("scanning " + source + " failed: " + e.getCause(), e.getCause());
            }
            free.add(oldest.buffer());
            monitor.progress(oldest.consumedAfter(), totalBytes);
            if (monitor.cancelled()) {
                cancelled = true;
                inFlight.forEach(e -> e.scan().cancel(true));
                inFlight.clear();
                return false;
            }
        }
        return true;
    }

    /** Applies one chunk's scan, in file order. */
    private void take(ChunkScanner.Result chunk) {
        long base = lines;
        for (ChunkScanner.Candidate c : chunk.candidates()) {
            long lineNo = base + c.relLine();
            if (c.badStamp() != null) {
                problems.malformed(lineNo, "impossible timestamp: " + c.badStamp());
                continue;
            }
            OffsetDateTime at = c.at();
            long header = base + c.relHeader();
            if (at == null) {
                at = carried;
                header = carriedLine;
            }
            if (at == null) {
                problems.malformed(lineNo, "no timestamp on this line or any line before it");
                continue;
            }
            hit(c.line(), at, header, lineNo);
        }
        lines += chunk.newlines();
        if (chunk.lastStamp() != null) {
            carried = chunk.lastStamp();
            carriedLine = base + chunk.lastStampRel();
        }
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

    private void hit(String candidate, OffsetDateTime at, long header, long lineNo) {
        // Masked before anything is taken from it: a pool name, a timeline excerpt.
        String line = redaction.line(candidate, lineNo);
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
            occurrence(s, m, at, line, lineNo);
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

    private void occurrence(LogSignature s, Matcher m, OffsetDateTime at, String line, long lineNo) {
        try {
            switch (s) {
                case HIKARI_POOL_STATS -> {
                    String pool = HikariLogFields.poolBefore(line, m.start());
                    if (pool != null) {
                        stats(pool, at, m);
                    }
                    counts.merge(s, 1L, Long::sum);
                    return; // a gauge reading, not an event
                }
                case HIKARI_TIMEOUT -> {
                    String pool = HikariLogFields.poolBefore(line, m.start());
                    Matcher poolCounts = POOL_COUNTS.matcher(line);
                    if (pool != null && poolCounts.find(m.end())) {
                        stats(pool, at, poolCounts);
                    }
                    if (pool != null) {
                        stats.timeout(pool, at.toInstant());
                    }
                }
                default -> {}
            }
        } catch (MalformedLineException e) {
            problems.malformed(lineNo, s.label() + ": " + e.getMessage());
            return;
        }
        counts.merge(s, 1L, Long::sum);
        bursts.occurrence(s, at, lineNo, line);
    }

    /** Records the {@code (total=…, active=…, idle=…, waiting=…)} numbers of groups 1–4, each checked first. */
    private void stats(String pool, OffsetDateTime at, Matcher numbers) throws MalformedLineException {
        int total = HikariLogFields.count(numbers.group(1), "total");
        int active = HikariLogFields.count(numbers.group(2), "active");
        int idle = HikariLogFields.count(numbers.group(3), "idle");
        int waiting = HikariLogFields.count(numbers.group(4), "waiting");
        stats.stats(pool, at.toInstant(), total, active, idle, waiting);
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
