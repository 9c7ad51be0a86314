package dev.lifeguard.ingest.log;

import dev.lifeguard.scrape.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans one chunk of whole lines on its own, so chunks can be scanned in parallel: counts the lines, finds the
 * candidate lines, decodes them and reads their timestamps (or the nearest timestamped line before them in the
 * chunk). Everything that depends on earlier chunks is left to the caller, who takes chunks in file order.
 */
final class ChunkScanner {

    /** How far back a continuation line looks for the line with its record's timestamp. */
    private static final int MAX_LOOKBACK_LINES = 500;
    /** How much of a timestamped line is read for the continuation lines after it. */
    private static final int HEADER_BYTES = 256;

    /**
     * A candidate line.
     *
     * @param line       the decoded line, without its line ending
     * @param relLine    its 1-based line number within the chunk
     * @param at         its timestamp: its own, or its record's first line's; {@code null} when none was found in
     *                   the chunk (then the previous chunk's last timestamped line applies)
     * @param relHeader  the chunk line the timestamp came from (0 when from an earlier chunk)
     * @param badStamp   why its own timestamp is impossible, or {@code null}
     */
    record Candidate(String line, int relLine, OffsetDateTime at, int relHeader, String badStamp) {}

    /**
     * What a chunk held.
     *
     * @param newlines     newline bytes in the chunk
     * @param candidates   candidate lines in order
     * @param lastStamp    the timestamp of the chunk's last timestamped line ({@code null}: none)
     * @param lastStampRel that line's 1-based number within the chunk
     */
    record Result(long newlines, List<Candidate> candidates, OffsetDateTime lastStamp, int lastStampRel) {}

    private final Timestamps timestamps;

    ChunkScanner(Timestamps timestamps) {
        this.timestamps = timestamps;
    }

    /** Scans {@code buf[0, limit)}; safe to call from several threads on different buffers. */
    Result scan(byte[] buf, int limit) {
        List<Candidate> candidates = new ArrayList<>();
        AnchorScanner.Hits hits = AnchorScanner.scan(buf, 0, limit);
        int nextLine = 0;
        for (int i = 0; i < hits.size(); i++) {
            int found = hits.at(i);
            if (found < nextLine) {
                continue; // another anchor in a line already taken
            }
            int lineStart = previousNewline(buf, found) + 1;
            int lineEnd = nextNewline(buf, found, limit);
            candidates.add(candidate(buf, lineStart, lineEnd, (int) hits.newlinesBefore(i) + 1));
            nextLine = lineEnd + 1;
        }
        long lines = hits.newlines();
        // The last timestamped line, for continuation lines at the start of the next chunk.
        int lineEnd = limit > 0 && buf[limit - 1] == '\n' ? limit - 1 : limit;
        int rel = (int) lines + (lineEnd == limit ? 1 : 0);
        for (int scanned = 0; lineEnd > 0 && scanned < MAX_LOOKBACK_LINES; scanned++, rel--) {
            int lineStart = previousNewline(buf, lineEnd) + 1;
            OffsetDateTime stamp = headerLike(buf, lineStart, lineEnd) ? stampOrNull(buf, lineStart, lineEnd) : null;
            if (stamp != null) {
                return new Result(lines, candidates, stamp, rel);
            }
            lineEnd = lineStart - 1;
        }
        return new Result(lines, candidates, null, 0);
    }

    private Candidate candidate(byte[] buf, int start, int end, int relLine) {
        int length = end > start && buf[end - 1] == '\r' ? end - start - 1 : end - start;
        String line = text(buf, start, length);
        OffsetDateTime own;
        try {
            own = timestamps.find(line);
        } catch (DateTimeException e) {
            return new Candidate(line, relLine, null, 0, e.getMessage());
        }
        if (own != null) {
            return new Candidate(line, relLine, own, relLine, null);
        }
        int lineEnd = start - 1;
        int rel = relLine - 1;
        for (int scanned = 0; lineEnd >= 0 && scanned < MAX_LOOKBACK_LINES; scanned++, rel--) {
            int lineStart = previousNewline(buf, lineEnd) + 1;
            OffsetDateTime stamp = headerLike(buf, lineStart, lineEnd) ? stampOrNull(buf, lineStart, lineEnd) : null;
            if (stamp != null) {
                return new Candidate(line, relLine, stamp, rel, null);
            }
            lineEnd = lineStart - 1;
        }
        return new Candidate(line, relLine, null, 0, null);
    }

    private OffsetDateTime stampOrNull(byte[] buf, int start, int end) {
        try {
            return timestamps.find(text(buf, start, Math.min(end - start, HEADER_BYTES)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** True when a line may start with a timestamp: continuation lines (stack traces) never do. */
    private static boolean headerLike(byte[] buf, int start, int end) {
        if (start >= end) {
            return false;
        }
        byte first = buf[start];
        boolean syslog = end - start > 4 && buf[start + 3] == ' ' && "JFMASOND".indexOf(first) >= 0;
        return (first >= '0' && first <= '9') || first == '[' || first == '{' || syslog;
    }

    static int previousNewline(byte[] buf, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int nextNewline(byte[] buf, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return limit;
    }

    private static String text(byte[] buf, int start, int length) {
        return new String(buf, start, length, StandardCharsets.UTF_8);
    }
}
