package dev.lifeguard.scrape;

import dev.lifeguard.postmortem.redact.JsonRedactor;
import dev.lifeguard.postmortem.redact.Redacted;
import dev.lifeguard.postmortem.redact.Redaction;
import dev.lifeguard.postmortem.redact.Redactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * The ingest side of the one redactor: every line a reader takes (a log line that matched a signature, a CSV row,
 * an exposition line, a {@code query_range} string) passes through here before anything is taken from it, so a
 * secret never reaches a series label, a timeline entry or a skipped-line example. Each redaction becomes a
 * summary warning naming its line and form (never the secret).
 */
public final class IngestRedaction {

    private final IngestProblems problems;
    private long count;

    /** Redactions are reported to {@code problems} as warnings. */
    public IngestRedaction(IngestProblems problems) {
        this.problems = problems;
    }

    /** {@code text}, the source's line {@code lineNo}, with its secrets masked. */
    public String line(String text, long lineNo) {
        Redacted r = Redactor.redact(text, Math.max(1, lineNo));
        report(r);
        return r.text();
    }

    /** A reader whose lines come out redacted, numbered from 1. */
    public BufferedReader lines(BufferedReader in) {
        return new BufferedReader(in, 1) {
            private long lineNo;

            @Override
            public String readLine() throws IOException {
                String line = in.readLine();
                return line == null ? null : line(line, ++lineNo);
            }
        };
    }

    /** A JSON document with the secrets in its strings masked, keeping every line where it was. */
    public Reader json(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buf = new char[1 << 14];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            text.append(buf, 0, n);
        }
        Redacted r = JsonRedactor.redact(text.toString());
        report(r);
        return new StringReader(r.text());
    }

    /** Secrets masked so far. */
    public long count() {
        return count;
    }

    private void report(Redacted r) {
        for (Redaction x : r.redactions()) {
            count++;
            problems.warn("line " + x.line() + ": " + x.kind() + " redacted");
        }
    }
}
