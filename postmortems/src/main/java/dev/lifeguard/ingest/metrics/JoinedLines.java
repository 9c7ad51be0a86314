package dev.lifeguard.ingest.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a {@link BufferedReader} as one character stream, each ended by {@code \n}. The CSV parser reads
 * characters, while the redaction sits in {@code readLine}: going through lines keeps every line redacted before
 * the parser sees it, and a single line ending keeps the parser's line count equal to the file's.
 */
final class JoinedLines extends Reader {

    private final BufferedReader lines;
    private String current;
    private int position;

    /** A stream that first gives {@code first} (already read from {@code lines}, without its line ending). */
    JoinedLines(String first, BufferedReader lines) {
        this.lines = lines;
        this.current = first + "\n";
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (current != null && position >= current.length()) {
            String next = lines.readLine();
            current = next == null ? null : next + "\n";
            position = 0;
        }
        if (current == null) {
            return -1;
        }
        int n = Math.min(length, current.length() - position);
        current.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
